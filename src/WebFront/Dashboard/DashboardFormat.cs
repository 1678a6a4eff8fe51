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

    /// <summary>Time since the call started, as a transcript shows each turn: +m:ss.</summary>
    public static string Offset(DateTimeOffset start, DateTimeOffset at)
    {
        var elapsed = at - start < TimeSpan.Zero ? TimeSpan.Zero : at - start;
        return string.Create(CultureInfo.InvariantCulture, $"+{(int)elapsed.TotalMinutes}:{elapsed.Seconds:00}");
    }
}
