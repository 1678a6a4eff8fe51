using System.Text.RegularExpressions;

namespace Concierge.Grains.Interfaces.Companies;

/// <summary>The time zone a company reads its dates and days in: an IANA id ("Europe/Paris") of this machine's time-zone database.</summary>
public static partial class CompanyTimeZone
{
    public const string Default = "UTC";

    /// <summary>The zone <paramref name="id"/> names; null when it names none here.</summary>
    // Only id-shaped text reaches the lookup: on Linux an id is a path under /usr/share/zoneinfo.
    public static TimeZoneInfo? Find(string? id) =>
        id is not null && IanaId().IsMatch(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : null;

    /// <summary>The company's zone; UTC when it has none, or names one this machine does not know (a store moved between machines).</summary>
    public static TimeZoneInfo Of(CompanySettings? settings) => Find(settings?.TimeZone) ?? TimeZoneInfo.Utc;

    [GeneratedRegex(@"\A[A-Za-z][A-Za-z0-9_+\-]{0,40}(/[A-Za-z0-9_+\-]{1,40}){0,2}\z")]
    private static partial Regex IanaId();
}
