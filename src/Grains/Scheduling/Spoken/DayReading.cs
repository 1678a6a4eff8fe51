namespace Concierge.Grains.Scheduling.Spoken;

/// <summary>A date read from the caller's words, with the time or part of day the same words carried ("tonight", "in two hours").</summary>
internal sealed record DayReading(DateOnly Date, ClockReading? Clock = null, DayPart? Part = null);
