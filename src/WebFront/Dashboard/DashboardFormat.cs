using System.Globalization;

namespace Concierge.WebFront.Dashboard;

/// <summary>How durations and latencies read on the dashboard, and instants in machine form; times people read come from <see cref="CompanyClock"/>.</summary>
public static class DashboardFormat
{
    public static string Iso(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    public static string Iso(long unixMs) => Iso(DateTimeOffset.FromUnixTimeMilliseconds(unixMs));

    public static string Duration(int? seconds) => seconds switch
    {
        null => "—",
        < 60 => string.Create(CultureInfo.InvariantCulture, $"{seconds}s"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{seconds / 60}m {seconds % 60:00}s"),
    };

    public static string Latency(int? ms) => ms is null ? "" : string.Create(CultureInfo.InvariantCulture, $"{ms} ms");

    /// <summary>
    /// Time since the call started, as a transcript shows each turn: +m:ss.s. Tenths, because a screened call's turns are
    /// often a second or two apart, and whole seconds would show several turns at the same moment.
    /// </summary>
    public static string Offset(DateTimeOffset start, DateTimeOffset at)
    {
        var elapsed = at - start < TimeSpan.Zero ? TimeSpan.Zero : at - start;
        return string.Create(CultureInfo.InvariantCulture, $"+{(int)elapsed.TotalMinutes}:{elapsed.Seconds:00}.{elapsed.Milliseconds / 100}");
    }

    /// <summary>The pause before a turn, after the one before it: "2.4 s later".</summary>
    public static string Gap(DateTimeOffset previous, DateTimeOffset at)
    {
        var gap = at - previous < TimeSpan.Zero ? TimeSpan.Zero : at - previous;
        return gap < TimeSpan.FromMinutes(1)
            ? string.Create(CultureInfo.InvariantCulture, $"{gap.TotalSeconds:0.0} s later")
            : string.Create(CultureInfo.InvariantCulture, $"{(int)gap.TotalMinutes}m {gap.Seconds:00}s later");
    }
}
