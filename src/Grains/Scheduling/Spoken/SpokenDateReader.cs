namespace Concierge.Grains.Scheduling.Spoken;

/// <summary>
/// The offline understanding of a spoken date or time, in English and French, without a model: "mardi prochain à
/// 15 h", "the 3rd at half past two", "tomorrow morning". Dates are resolved against the moment the caller speaks, in
/// the company's time zone; a date in the past moves forward to the next one ("the 3rd" on the 11th is next month's).
/// A bare hour from 1 to 7 is read as afternoon, as a receptionist would during business hours.
/// </summary>
internal static class SpokenDateReader
{
    /// <summary>Reads when <paramref name="text"/> says, or null when it says no date, time or part of day.</summary>
    public static SpokenWhen? Read(string text, DateTimeOffset now, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(now, zone).DateTime;
        var context = new DateContext(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local), MonthFirst(zone));
        var tokens = PhoneNumberRuns.Demote(DateTokenizer.Read(text));

        DateOnly? date = null;
        ClockReading? clock = null;
        DayPart? part = null;
        for (var i = 0; i < tokens.Count;)
        {
            if (date is null && DayReader.TryRead(tokens, i, context, out var day, out var taken))
            {
                date = day.Date;
                clock ??= day.Clock;
                part ??= day.Part;
                i += taken;
            }
            else if (clock is null && ClockReader.TryRead(tokens, i, out var reading, out taken))
            {
                clock = reading;
                i += taken;
            }
            else
            {
                part ??= DateWords.Part(tokens[i]);
                i++;
            }
        }

        if (date is null && clock is null && part is null)
        {
            return null;
        }

        return clock is { } said ? new SpokenWhen(date, said.InPartOfDay(part), null) : new SpokenWhen(date, null, part);
    }

    // Numeric dates are month first in the United States (3/17), day first elsewhere, French Canada included.
    private static bool MonthFirst(TimeZoneInfo zone) =>
        zone.Id.StartsWith("America/", StringComparison.Ordinal)
        && !zone.Id.Equals("America/Montreal", StringComparison.Ordinal)
        && !zone.Id.Equals("America/Toronto", StringComparison.Ordinal);
}

/// <summary>The caller's today and now in the company's time zone, and how numeric dates are written there.</summary>
internal sealed record DateContext(DateOnly Today, TimeOnly Now, bool MonthFirst);
