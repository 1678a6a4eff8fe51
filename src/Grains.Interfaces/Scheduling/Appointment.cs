using Orleans;

namespace Concierge.Grains.Interfaces.Scheduling;

/// <summary>An appointment as the owner and the caller see it.</summary>
/// <param name="Reference">Six digits the caller can say or type (<see cref="AppointmentReference"/>).</param>
/// <param name="Date">The day, in the company's time zone.</param>
/// <param name="Start">Start time, in the company's time zone.</param>
/// <param name="StartsAt">The same start as an instant.</param>
/// <param name="CallerPhone">E.164 of whoever booked, when known; SMS confirmations and reminders go there.</param>
/// <param name="Status"><see cref="AppointmentStatuses"/>.</param>
/// <param name="MovedTo">For a moved appointment, the reference of the one that replaced it.</param>
[GenerateSerializer, Immutable, Alias("concierge.Appointment")]
public sealed record Appointment(
    string CompanyId,
    string Reference,
    DateOnly Date,
    TimeOnly Start,
    DateTimeOffset StartsAt,
    string TypeName,
    int DurationMinutes,
    int BufferMinutes,
    string? CallerPhone,
    string? CallerName,
    string Status,
    DateTimeOffset CreatedAt,
    string? MovedTo = null) : PrivateRecord
{
    public TimeOnly End => Start.AddMinutes(DurationMinutes);

    public bool IsBooked => Status == AppointmentStatuses.Booked;
}

public static class AppointmentStatuses
{
    public const string Booked = "booked";
    public const string Cancelled = "cancelled";
    public const string Moved = "moved";

    public static IReadOnlyList<string> All { get; } = [Booked, Cancelled, Moved];
}

/// <summary>A free slot a caller can be offered.</summary>
[GenerateSerializer, Immutable, Alias("concierge.FreeSlot")]
public sealed record FreeSlot(DateOnly Date, TimeOnly Start, DateTimeOffset StartsAt, string TypeName);
