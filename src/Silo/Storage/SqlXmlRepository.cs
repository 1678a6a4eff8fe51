using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Concierge.Silo.Storage;

/// <summary>
/// ASP.NET data protection keys in the store every node shares, so a sign-in cookie or an antiforgery token issued by
/// one node is read by all of them (and survives restarts and new containers). The keys are stored as they are: a
/// reader of this table can already read everything the cookies protect.
/// </summary>
public sealed class SqlXmlRepository(SqlStore storage, TimeProvider time) : IXmlRepository
{
    // Data protection reads keys synchronously, rarely (at start-up and when its key ring expires, about daily).
    public IReadOnlyCollection<XElement> GetAllElements() =>
        [.. storage.QueryAsync<string>("SELECT xml FROM data_protection_keys ORDER BY created_at_ms, name", null).GetAwaiter().GetResult().Select(XElement.Parse)];

    public void StoreElement(XElement element, string friendlyName) =>
        storage.ExecuteAsync(
            "INSERT INTO data_protection_keys (name, xml, created_at_ms) VALUES (@Name, @Xml, @NowMs)",
            new { Name = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting), NowMs = time.GetUtcNow().ToUnixTimeMilliseconds() })
            .GetAwaiter().GetResult();
}
