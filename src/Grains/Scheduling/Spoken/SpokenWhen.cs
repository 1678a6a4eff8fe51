namespace Concierge.Grains.Scheduling.Spoken;

/// <summary>A part of the day a caller can ask for instead of a time ("tomorrow morning").</summary>
internal enum DayPart
{
    Morning,
    Afternoon,
    Evening,
}

/// <summary>
/// What a caller's words say about when: a calendar date in the company's time zone, a time of day, or only a part of
/// the day; any of them may be missing ("at 3 pm" has no date, "Tuesday afternoon" no time). A time carries its part of
/// the day, so <see cref="Part"/> is set only when no <see cref="Time"/> was said.
/// </summary>
internal sealed record SpokenWhen(DateOnly? Date, TimeOnly? Time, DayPart? Part);
