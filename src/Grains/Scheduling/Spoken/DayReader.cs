namespace Concierge.Grains.Scheduling.Spoken;

/// <summary>
/// Dates as said in English and French: relative days ("tomorrow", "après-demain", "in two weeks", "dans huit
/// jours"), weekdays ("next Friday", "mardi prochain"), days of the month with or without a month ("the 3rd", "le 17
/// mars", "March 17th", "Tuesday the 17th"), numeric dates ("12/03"), and weeks, months and weekends by their first day.
/// </summary>
internal static class DayReader
{
    // Words that may follow a day of the month said alone ("the 3rd at 2", "le 12 à midi"); anything else ("the first
    // one", "le 3 rue …") means the number was not a date.
    private static readonly string[] AfterDayAlone =
    [
        "at", "a", "in", "on", "around", "about", "vers", "dans", "en", "for", "pour", "please", "then", "or", "ou", "and", "et",
        "if", "si", "is", "would", "works", "maybe", "svp", "du", "de", "au",
    ];

    public static bool TryRead(IReadOnlyList<DateToken> tokens, int at, DateContext context, out DayReading day, out int taken)
    {
        var today = context.Today;
        var token = tokens[at];
        taken = 1;
        day = null!;
        switch (token.Word)
        {
            case "today" or "aujourdhui":
                day = new DayReading(today);
                return true;
            case "tonight":
                day = new DayReading(today, Part: DayPart.Evening);
                return true;
            case "tomorrow" or "demain":
                day = new DayReading(today.AddDays(1));
                return true;
            case "apresdemain":
                day = new DayReading(today.AddDays(2));
                return true;
            case "day" when Next(tokens, at, 1, "after") && Next(tokens, at, 2, "tomorrow"):
                day = new DayReading(today.AddDays(2));
                taken = 3;
                return true;
        }

        if (RelativeDays.TryRead(tokens, at, context, out day, out taken)
            || TryReadThis(tokens, at, today, out day, out taken)
            || TryReadWeekday(tokens, at, today, out day, out taken)
            || DayOfMonthReader.TryRead(tokens, at, context, out day, out taken))
        {
            return true;
        }

        taken = 0;
        return false;
    }

    // "this afternoon", "ce soir", "this weekend", "ce week-end", "next week", "la semaine prochaine", "next month".
    private static bool TryReadThis(IReadOnlyList<DateToken> tokens, int at, DateOnly today, out DayReading day, out int taken)
    {
        day = null!;
        taken = 2;
        var token = tokens[at];
        if (token.IsAny("this", "ce", "cet", "cette") && at + 1 < tokens.Count)
        {
            var next = tokens[at + 1];
            if (DateWords.Part(next) is { } part && !next.IsAny("am", "pm"))
            {
                day = new DayReading(today, Part: part);
                return true;
            }

            if (next.Is("weekend"))
            {
                day = new DayReading(NextOrToday(today, DayOfWeek.Saturday));
                return true;
            }
        }

        var nextWeek = (token.Is("next") && Next(tokens, at, 1, "week")) || (token.Is("semaine") && Next(tokens, at, 1, "prochaine"));
        if (nextWeek)
        {
            day = new DayReading(NextOrToday(today.AddDays(1), DayOfWeek.Monday));
            return true;
        }

        var nextMonth = (token.Is("next") && Next(tokens, at, 1, "month")) || (token.Is("mois") && Next(tokens, at, 1, "prochain"));
        if (nextMonth)
        {
            day = new DayReading(new DateOnly(today.Year, today.Month, 1).AddMonths(1));
            return true;
        }

        return false;
    }

    // "Friday", "next Friday", "vendredi prochain": the first one after today. "Tuesday the 17th" is left to the day of
    // the month that follows.
    private static bool TryReadWeekday(IReadOnlyList<DateToken> tokens, int at, DateOnly today, out DayReading day, out int taken)
    {
        day = null!;
        taken = 0;
        if (DateWords.Weekday(tokens[at]) is not { } weekday)
        {
            return false;
        }

        var after = at + 1 < tokens.Count && tokens[at + 1].IsAny("the", "le") ? at + 2 : at + 1;
        if (DayOfMonthReader.IsDayOfMonthAt(tokens, after))
        {
            return false;
        }

        day = new DayReading(NextOrToday(today.AddDays(1), weekday));
        taken = Next(tokens, at, 1, "prochain") ? 2 : 1;
        return true;
    }

    private static DateOnly NextOrToday(DateOnly from, DayOfWeek weekday) => from.AddDays(((int)weekday - (int)from.DayOfWeek + 7) % 7);

    internal static bool Next(IReadOnlyList<DateToken> tokens, int at, int offset, string word) =>
        at + offset < tokens.Count && tokens[at + offset].Is(word);

    internal static bool MayFollowDayAlone(IReadOnlyList<DateToken> tokens, int index) =>
        index >= tokens.Count
        || tokens[index].IsAny(AfterDayAlone)
        || DateWords.Part(tokens[index]) is not null
        || DateWords.Month(tokens[index]) is not null;
}
