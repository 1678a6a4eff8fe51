using System.Globalization;
using Concierge.Grains.Interfaces.Leads;

namespace Concierge.Grains.Leads;

/// <summary>When a lead may be called: a company's calling hours, read in the lead's time zone.</summary>
public static class CallingWindow
{
    /// <summary><paramref name="now"/> when it is inside the hours, else the start of the next opening (within a week).</summary>
    public static DateTimeOffset NextOpening(CallingHours hours, TimeZoneInfo zone, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(hours);
        ArgumentNullException.ThrowIfNull(zone);
        var from = TimeOnly.ParseExact(hours.From, "HH:mm", CultureInfo.InvariantCulture);
        var to = TimeOnly.ParseExact(hours.To, "HH:mm", CultureInfo.InvariantCulture);
        var local = TimeZoneInfo.ConvertTime(now, zone);
        for (var day = 0; day <= 7; day++)
        {
            var date = DateOnly.FromDateTime(local.DateTime).AddDays(day);
            if (!hours.Days.Contains(DayName(date.DayOfWeek)))
            {
                continue;
            }

            var opens = At(date, from, zone);
            var closes = At(date, to, zone);
            if (now < closes)
            {
                return now >= opens ? now : opens;
            }
        }

        return now.AddDays(7); // no day at all: validation prevents it; look again in a week
    }

    private static DateTimeOffset At(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(time);
        // A time skipped by a clock change (02:30 on a spring-forward night) is taken an hour later.
        while (zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    private static string DayName(DayOfWeek day) => CallingHours.Weekdays[((int)day + 6) % 7];
}
