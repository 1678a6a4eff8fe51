using Concierge.Grains.Interfaces.Scheduling;

namespace Concierge.Grains.Scheduling;

/// <summary>
/// Where appointments of a type may start: from each opening, every duration-plus-buffer, as long as the appointment
/// ends by closing time. A grid keeps a day fully bookable: free time is never cut into pieces too short for anyone.
/// </summary>
internal static class SlotGrid
{
    private static readonly TimeOnly Noon = new(12, 0);
    private static readonly TimeOnly EveningStarts = new(17, 0);

    public static IEnumerable<TimeOnly> Starts(IReadOnlyList<OpeningHours> hours, AppointmentType type)
    {
        foreach (var opening in hours)
        {
            var closesAt = Minutes(opening.Closes == TimeOnly.MinValue ? TimeOnly.MaxValue : opening.Closes);
            for (var start = Minutes(opening.Opens); start + type.DurationMinutes <= closesAt; start += Math.Max(type.SlotMinutes, 5))
            {
                yield return TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(start));
            }
        }
    }

    public static bool IsStart(IReadOnlyList<OpeningHours> hours, AppointmentType type, TimeOnly start) => Starts(hours, type).Contains(start);

    /// <summary>True when an appointment of <paramref name="type"/> at <paramref name="start"/> overlaps a booked one, buffers included.</summary>
    public static bool Overlaps(IEnumerable<Appointment> booked, TimeOnly start, AppointmentType type, string? except = null)
    {
        var from = Minutes(start);
        var until = from + type.SlotMinutes;
        return booked.Any(a => a.IsBooked && a.Reference != except
            && Minutes(a.Start) < until && from < Minutes(a.Start) + a.DurationMinutes + a.BufferMinutes);
    }

    public static SlotPart PartOf(TimeOnly start) => start < Noon ? SlotPart.Morning : start < EveningStarts ? SlotPart.Afternoon : SlotPart.Evening;

    private static int Minutes(TimeOnly time) => (time.Hour * 60) + time.Minute + (time == TimeOnly.MaxValue ? 1 : 0);
}
