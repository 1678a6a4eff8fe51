using Concierge.Grains.Interfaces.Companies;
using Concierge.Silo.Queries;

namespace Concierge.WebFront.Api;

/// <summary>Which company a presented API key belongs to: the one lookup the REST API and the dashboard's sign-in share.</summary>
public static class CompanyKeys
{
    /// <summary>Longer input is refused before hashing: no key this app issues or accepts comes close.</summary>
    public const int MaxLength = 200;

    /// <summary>The company and key id of <paramref name="key"/>, found by its hash; null for an unknown, revoked or oversized key.</summary>
    public static async Task<ApiKeyOwner?> OwnerAsync(CompanyDirectory directory, string key, CancellationToken cancellationToken) =>
        key.Length is > 0 and <= MaxLength ? await directory.ApiKeyOwnerAsync(ApiKeys.Hash(key), cancellationToken) : null;
}
