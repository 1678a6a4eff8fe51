namespace Concierge.Grains.Scheduling.Spoken;

/// <summary>
/// Times of day as said in English and French: "15 h 30", "quinze heures trente", "half past two", "a quarter to
/// five", "midi moins le quart", "trois heures moins vingt", "9 o'clock", "3 pm", "at ten thirty". A bare number is a
/// time only after "at", "around", "à", "vers" (otherwise "3 of us" would be a time).
/// </summary>
internal static class ClockReader
{
    private static readonly string[] Markers = ["at", "around", "about", "by", "a", "vers", "from", "des"];

    public static bool TryRead(IReadOnlyList<DateToken> tokens, int at, out ClockReading clock, out int taken)
    {
        var token = tokens[at];
        if (token.IsAny("noon", "midday", "midi", "midnight", "minuit"))
        {
            var hour = token.IsAny("midnight", "minuit") ? 0 : 12;
            var (minute, minuteWords) = MinutesAfterHour(tokens, at + 1);
            // Midnight is midnight whatever part of the day was said around it.
            clock = Shift(hour, minute) with { Exact = hour == 0 };
            taken = 1 + minuteWords;
            return true;
        }

        if (TryReadPastOrTo(tokens, at, out clock, out taken))
        {
            return true;
        }

        if (Hour(token) is { } said && At(tokens, at + 1) is { } next)
        {
            // "15 h 30", "quinze heures trente", "deux heures et demie", "trois heures moins vingt".
            if (next.IsAny("h", "heure", "heures"))
            {
                var (minute, minuteWords) = MinutesAfterHour(tokens, at + 2);
                clock = Shift(said, minute);
                taken = 2 + minuteWords;
                return true;
            }

            if (next.IsAny("oclock", "am", "pm"))
            {
                clock = new ClockReading(said, 0);
                taken = next.Is("oclock") ? 2 : 1;
                return true;
            }
        }

        if (token.IsAny(Markers) && at + 1 < tokens.Count && TryRead(tokens, at + 1, out clock, out taken))
        {
            taken++;
            return true;
        }

        if (token.IsAny(Markers) && At(tokens, at + 1) is { } number && Hour(number) is { } hourAfterMarker)
        {
            // "at ten thirty", "at 2 15": minutes said as a plain number after the hour.
            var minute = At(tokens, at + 2) is { Number: >= 0 and <= 59, Digits: <= 2 } minutes && hourAfterMarker <= 12 ? minutes.Number.Value : -1;
            clock = new ClockReading(hourAfterMarker, Math.Max(minute, 0));
            taken = minute >= 0 ? 3 : 2;
            return true;
        }

        clock = null!;
        taken = 0;
        return false;
    }

    // "half past two", "quarter to five", "twenty past three", "ten to five".
    private static bool TryReadPastOrTo(IReadOnlyList<DateToken> tokens, int at, out ClockReading clock, out int taken)
    {
        clock = null!;
        taken = 0;
        var token = tokens[at];
        var minutes = token.Is("half") ? 30 : token.Is("quarter") ? 15 : token.Number is >= 1 and <= 30 && !token.Ordinal ? token.Number.Value : 0;
        if (minutes == 0 || At(tokens, at + 1) is not { } direction || !direction.IsAny("past", "to")
            || At(tokens, at + 2) is not { } hourToken || Hour(hourToken) is not { } hour || hour > 12)
        {
            return false;
        }

        if (direction.Is("to") && minutes == 30)
        {
            return false;
        }

        clock = direction.Is("past") ? new ClockReading(hour, minutes) : Shift(hour, -minutes);
        taken = 3;
        return true;
    }

    // What follows the hour: "30", "trente", "et demie", "et quart", "moins le quart", "moins vingt".
    private static (int Minute, int Words) MinutesAfterHour(IReadOnlyList<DateToken> tokens, int at)
    {
        var first = At(tokens, at);
        if (first is { Number: >= 0 and <= 59, Ordinal: false, Digits: <= 2 } minute)
        {
            return (minute.Number.Value, 1);
        }

        if (first is { } et && et.Is("et") && At(tokens, at + 1) is { } fraction)
        {
            return fraction.IsAny("demie", "demi") ? (30, 2) : fraction.Is("quart") ? (15, 2) : (0, 0);
        }

        if (first is { } moins && moins.Is("moins"))
        {
            if (At(tokens, at + 1) is { } le && le.Is("le") && At(tokens, at + 2) is { } quart && quart.Is("quart"))
            {
                return (-15, 3);
            }

            if (At(tokens, at + 1) is { Number: >= 1 and <= 30 } before)
            {
                return (-before.Number.Value, 2);
            }
        }

        return (0, 0);
    }

    // An hour with minutes that may be negative ("moins le quart"): 12 - 15 min is 11:45.
    private static ClockReading Shift(int hour, int minute)
    {
        var total = ((hour * 60) + minute + (24 * 60)) % (24 * 60);
        return new ClockReading(total / 60, total % 60);
    }

    private static int? Hour(DateToken token) => token is { Number: >= 0 and <= 24, Ordinal: false, Digits: <= 2 } ? token.Number.Value % 24 : null;

    private static DateToken? At(IReadOnlyList<DateToken> tokens, int index) => index < tokens.Count ? tokens[index] : null;
}
