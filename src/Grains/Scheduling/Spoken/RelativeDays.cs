namespace Concierge.Grains.Scheduling.Spoken;

/// <summary>
/// Spans from now: "in two weeks", "dans 3 jours", "in a fortnight", "dans une demi-heure", "a week from today". French
/// counts a week as eight days and two as fifteen ("dans huit jours", "dans quinze jours").
/// </summary>
internal static class RelativeDays
{
    public static bool TryRead(IReadOnlyList<DateToken> tokens, int at, DateContext context, out DayReading day, out int taken)
    {
        day = null!;
        taken = 0;
        var token = tokens[at];
        if (token.IsAny("in", "dans"))
        {
            if (!TryReadSpan(tokens, at + 1, out var amount, out var unit, out var spanWords))
            {
                return false;
            }

            day = Add(context, amount, unit);
            taken = 1 + spanWords;
            return true;
        }

        // "a week from today", "two days from now".
        if (TryReadSpan(tokens, at, out var count, out var span, out var words)
            && DayReader.Next(tokens, at, words, "from") && at + words + 1 < tokens.Count && tokens[at + words + 1].IsAny("today", "now"))
        {
            day = Add(context, count, span);
            taken = words + 2;
            return true;
        }

        return false;
    }

    private static bool TryReadSpan(IReadOnlyList<DateToken> tokens, int at, out int amount, out string unit, out int words)
    {
        amount = 0;
        unit = "";
        words = 0;
        if (at >= tokens.Count)
        {
            return false;
        }

        var first = tokens[at];
        if (first.Is("half") && DayReader.Next(tokens, at, 1, "an") && DayReader.Next(tokens, at, 2, "hour"))
        {
            (amount, unit, words) = (30, "minute", 3);
            return true;
        }

        if (first is { Number: 1 } && DayReader.Next(tokens, at, 1, "demi") && at + 2 < tokens.Count && tokens[at + 2].IsAny("heure", "heures"))
        {
            (amount, unit, words) = (30, "minute", 3);
            return true;
        }

        if (first.Is("fortnight") || (first.IsAny("a", "an") && DayReader.Next(tokens, at, 1, "fortnight")))
        {
            (amount, unit, words) = (14, "day", first.Is("fortnight") ? 1 : 2);
            return true;
        }

        var said = first.IsAny("a", "an") ? 1 : first is { Number: >= 1 and <= 366, Ordinal: false } ? first.Number.Value : 0;
        if (said == 0 || at + 1 >= tokens.Count || Unit(tokens[at + 1]) is not { } spanUnit)
        {
            return false;
        }

        amount = spanUnit == "day" && tokens[at + 1].IsAny("jours", "jour") ? said switch { 8 => 7, 15 => 14, _ => said } : said;
        unit = spanUnit;
        words = 2;
        return true;
    }

    private static string? Unit(DateToken token) => token.Word switch
    {
        "day" or "days" or "jour" or "jours" => "day",
        "week" or "weeks" or "semaine" or "semaines" => "week",
        "month" or "months" or "mois" => "month",
        "hour" or "hours" or "heure" or "heures" => "hour",
        "minute" or "minutes" => "minute",
        _ => null,
    };

    private static DayReading Add(DateContext context, int amount, string unit)
    {
        if (unit is "hour" or "minute")
        {
            var later = context.Today.ToDateTime(context.Now).AddMinutes(unit == "hour" ? amount * 60 : amount);
            return new DayReading(DateOnly.FromDateTime(later), new ClockReading(later.Hour, later.Minute, Exact: true));
        }

        return new DayReading(unit switch
        {
            "week" => context.Today.AddDays(7 * amount),
            "month" => context.Today.AddMonths(amount),
            _ => context.Today.AddDays(amount),
        });
    }
}
