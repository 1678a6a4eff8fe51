namespace Concierge.Grains.Scheduling.Spoken;

/// <summary>
/// A time as said, before the part of the day settles which half of the clock it is on.
/// </summary>
/// <param name="Hour">0 to 23 as said ("3" in "three o'clock", "15" in "15 h").</param>
/// <param name="Minute">0 to 59.</param>
/// <param name="Exact">Computed rather than said ("in two hours"): no half of the clock to choose.</param>
internal sealed record ClockReading(int Hour, int Minute, bool Exact = false)
{
    // Opening hours rarely start before 8: "at 3" is 3 pm.
    private const int LastAfternoonHourSaidBare = 7;

    public TimeOnly InPartOfDay(DayPart? part)
    {
        var hour = Hour;
        if (!Exact && hour < 12)
        {
            if (part is DayPart.Afternoon or DayPart.Evening || (part is null && hour is >= 1 and <= LastAfternoonHourSaidBare))
            {
                hour += 12;
            }
        }
        else if (!Exact && hour == 12 && part is DayPart.Morning && Minute == 0)
        {
            hour = 0;
        }

        return new TimeOnly(hour % 24, Minute);
    }
}
