namespace Concierge.Grains.Interfaces.Projections;

/// <summary>
/// An appointment in the company's calendar list: written by its day grain with the day's state, read by the
/// appointments queries (a day or a range, paged by start; a caller's upcoming ones).
/// </summary>
[ProjectionTable("appointments", nameof(CompanyId), nameof(Day), nameof(Reference))]
public sealed record AppointmentRow : IProjectionRow
{
    public required string CompanyId { get; init; }

    /// <summary>The day in the company's time zone, "yyyy-MM-dd".</summary>
    public required string Day { get; init; }

    public required string Reference { get; init; }

    /// <summary>Start time in the company's time zone, "HH:mm".</summary>
    public required string StartTime { get; init; }

    public long StartsAtMs { get; init; }

    public long EndsAtMs { get; init; }

    public required string TypeName { get; init; }

    public int DurationMinutes { get; init; }

    public int BufferMinutes { get; init; }

    public string? CallerPhone { get; init; }

    public string? CallerName { get; init; }

    public required string Status { get; init; }

    public string? MovedTo { get; init; }

    /// <summary>When the appointment's next SMS (confirmation, reminder, retry) is due; null when none is waiting. The sweep reads it.</summary>
    public long? NextTextAtMs { get; init; }

    public long CreatedAtMs { get; init; }

    public long UpdatedAtMs { get; init; }
}
