namespace Concierge.Grains.Scheduling.Spoken;

/// <summary>
/// A day of the month, with or without its month and year: "March 17th", "June the tenth", "17 March", "the fourth of
/// July", "le 17 mars 2027", "12/03", and alone after "the", "le" or a weekday ("the 3rd", "le 12", "vendredi 13").
/// A date without a year is the next one to come; a day without a month is this month's, or the next month's once past.
/// </summary>
internal static class DayOfMonthReader
{
    // Words after a number that make it an hour, not a day ("lundi 14 h").
    private static readonly string[] ClockWords = ["h", "heure", "heures", "oclock", "am", "pm", "past", "to"];

    public static bool TryRead(IReadOnlyList<DateToken> tokens, int at, DateContext context, out DayReading day, out int taken)
    {
        day = null!;
        taken = 0;
        var token = tokens[at];

        // "March 17", "March the 20th".
        if (DateWords.Month(token) is { } leadingMonth)
        {
            var dayAt = DayReader.Next(tokens, at, 1, "the") ? at + 2 : at + 1;
            if (dayAt >= tokens.Count || !tokens[dayAt].IsDayOfMonth || IsClockAfter(tokens, dayAt))
            {
                return false;
            }

            taken = dayAt - at + 1;
            return TryDate(tokens, at + taken, context.Today, leadingMonth, tokens[dayAt].Number!.Value, ref taken, out day);
        }

        if (!token.IsDayOfMonth || IsClockAfter(tokens, at))
        {
            return false;
        }

        var dayNumber = token.Number!.Value;
        if (DayReader.Next(tokens, at, 1, "slash"))
        {
            return TryReadNumeric(tokens, at, context, out day, out taken);
        }

        // "17 March", "the fourth of July", "le 17 mars".
        var monthAt = at + 1 < tokens.Count && tokens[at + 1].IsAny("of", "de") ? at + 2 : at + 1;
        if (monthAt < tokens.Count && DateWords.Month(tokens[monthAt]) is { } month)
        {
            taken = monthAt - at + 1;
            return TryDate(tokens, at + taken, context.Today, month, dayNumber, ref taken, out day);
        }

        if (!IsDayAloneAt(tokens, at))
        {
            return false;
        }

        day = new DayReading(NextWithDay(context.Today, dayNumber));
        taken = 1;
        return true;
    }

    /// <summary>True when a day of the month said without its month starts at <paramref name="index"/> ("the 17th", "13 à 10 h").</summary>
    public static bool IsDayOfMonthAt(IReadOnlyList<DateToken> tokens, int index) =>
        index < tokens.Count && tokens[index].IsDayOfMonth && !IsClockAfter(tokens, index)
        && (DayReader.MayFollowDayAlone(tokens, index + 1) || DateWords.Month(tokens[index + 1]) is not null);

    // Alone, a number is a day only after "le", a weekday, or as an ordinal after "the" ("the first one" is not).
    private static bool IsDayAloneAt(IReadOnlyList<DateToken> tokens, int at)
    {
        var before = at > 0 ? tokens[at - 1] : (DateToken?)null;
        var introduced = before is { } word && (word.Is("le") || DateWords.Weekday(word) is not null || (word.Is("the") && tokens[at].Ordinal));
        return introduced && DayReader.MayFollowDayAlone(tokens, at + 1);
    }

    private static bool IsClockAfter(IReadOnlyList<DateToken> tokens, int at) => at + 1 < tokens.Count && tokens[at + 1].IsAny(ClockWords);

    // "12/03", "3/17", "12/03/2026": day first, or month first where dates are written so; whichever order is a date.
    private static bool TryReadNumeric(IReadOnlyList<DateToken> tokens, int at, DateContext context, out DayReading day, out int taken)
    {
        day = null!;
        taken = 0;
        if (at + 2 >= tokens.Count || tokens[at + 2] is not { Number: >= 1 and <= 31, Digits: <= 2 } second)
        {
            return false;
        }

        var (first, other) = (tokens[at].Number!.Value, second.Number!.Value);
        var (dayNumber, month) = context.MonthFirst && first <= 12 ? (other, first) : (first, other);
        if (month > 12)
        {
            (dayNumber, month) = (month, dayNumber);
        }

        taken = 3;
        if (month > 12)
        {
            return false;
        }

        if (DayReader.Next(tokens, at, 3, "slash") && at + 4 < tokens.Count && tokens[at + 4].Number is { } year)
        {
            taken = 5;
            return TryExact(year < 100 ? 2000 + year : year, month, dayNumber, out day);
        }

        return TryDate(tokens, at + taken, context.Today, month, dayNumber, ref taken, out day);
    }

    // A year may follow ("December 24 2026"); without one, the next such date from today.
    private static bool TryDate(IReadOnlyList<DateToken> tokens, int yearAt, DateOnly today, int month, int dayNumber, ref int taken, out DayReading day)
    {
        if (yearAt < tokens.Count && tokens[yearAt] is { Number: >= 2000 and <= 2100, Digits: 4 } year)
        {
            taken++;
            return TryExact(year.Number.Value, month, dayNumber, out day);
        }

        for (var candidateYear = today.Year; candidateYear <= today.Year + 4; candidateYear++)
        {
            if (TryExact(candidateYear, month, dayNumber, out day) && day.Date >= today)
            {
                return true;
            }
        }

        day = null!;
        return false;
    }

    private static bool TryExact(int year, int month, int dayNumber, out DayReading day)
    {
        day = null!;
        if (dayNumber > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        day = new DayReading(new DateOnly(year, month, dayNumber));
        return true;
    }

    private static DateOnly NextWithDay(DateOnly today, int dayNumber)
    {
        var month = new DateOnly(today.Year, today.Month, 1);
        while (dayNumber > DateTime.DaysInMonth(month.Year, month.Month) || (month.Month == today.Month && month.Year == today.Year && dayNumber < today.Day))
        {
            month = month.AddMonths(1);
        }

        return new DateOnly(month.Year, month.Month, dayNumber);
    }
}
