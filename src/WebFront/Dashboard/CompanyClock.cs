using System.Globalization;

namespace Concierge.WebFront.Dashboard;

/// <summary>
/// Dates and days as the company reads them: in its time zone (a company setting), each time labelled with its offset
/// ("2026-11-21 14:05 UTC+1"), because the owner and the server rarely share a zone.
/// </summary>
public sealed class CompanyClock(TimeZoneInfo zone)
{
    public static CompanyClock Utc { get; } = new(TimeZoneInfo.Utc);

    /// <summary>The zone's id, as the Settings page names it ("Europe/Paris").</summary>
    public string ZoneId => zone.Id;

    public string Time(DateTimeOffset at)
    {
        var local = TimeZoneInfo.ConvertTime(at, zone);
        return $"{local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} {OffsetLabel(local.Offset)}";
    }

    public string Time(long unixMs) => Time(DateTimeOffset.FromUnixTimeMilliseconds(unixMs));

    /// <summary>The company's day at <paramref name="now"/>.</summary>
    public DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);

    /// <summary>The instant <paramref name="day"/> starts in the company's zone: its midnight, or when the clocks start if a change skips midnight.</summary>
    public DateTimeOffset StartOf(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(15);
        }

        // A midnight that happens twice (clocks going back over it) starts the day at the first one.
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }

    /// <summary>"UTC", "UTC+1", "UTC+5:30", "UTC-3".</summary>
    private static string OffsetLabel(TimeSpan offset) => offset == TimeSpan.Zero
        ? "UTC"
        : string.Create(CultureInfo.InvariantCulture, $"UTC{(offset < TimeSpan.Zero ? "-" : "+")}{Math.Abs(offset.Hours)}{(offset.Minutes == 0 ? "" : $":{Math.Abs(offset.Minutes):00}")}");
}
