using Orleans;

namespace Concierge.Grains.Interfaces.Scheduling;

/// <summary>Who books, and what.</summary>
/// <param name="TypeName">An appointment type of the calendar; null for its first.</param>
/// <param name="CallerPhone">E.164 the SMS confirmation and reminder go to; null for none.</param>
/// <param name="Language">BCP-47 tag the caller's texts are written in; null for the company's first language.</param>
[GenerateSerializer, Immutable, Alias("concierge.BookingRequest")]
public sealed record BookingRequest(DateOnly Date, TimeOnly Start, string? TypeName, string? CallerPhone, string? CallerName, string? Language = null) : PrivateRecord;

[GenerateSerializer, Alias("concierge.BookingResult")]
public enum BookingResult
{
    /// <summary>The slot is the caller's: <see cref="BookingOutcome.Appointment"/>.</summary>
    Booked,

    /// <summary>Someone else holds (part of) the slot; <see cref="BookingOutcome.Alternatives"/> are the next free ones.</summary>
    Taken,

    /// <summary>Not a slot this calendar offers (closed, past, beyond the horizon, off the grid, unknown type): <see cref="BookingOutcome.Problem"/>.</summary>
    Refused,

    /// <summary>No appointment with that reference (for a move or a cancellation).</summary>
    NotFound,
}

/// <summary>What became of a booking, a move or a cancellation.</summary>
/// <param name="Field">For a refusal, the request field at fault ("start", "date", "type").</param>
[GenerateSerializer, Immutable, Alias("concierge.BookingOutcome")]
public sealed record BookingOutcome(BookingResult Result, Appointment? Appointment, IReadOnlyList<FreeSlot> Alternatives, string? Problem = null, string? Field = null) : PrivateRecord
{
    public static BookingOutcome Booked(Appointment appointment) => new(BookingResult.Booked, appointment, []);

    public static BookingOutcome Refused(string field, string problem) => new(BookingResult.Refused, null, [], problem, field);

    public static BookingOutcome NotFound { get; } = new(BookingResult.NotFound, null, []);
}

/// <summary>What a caller asked for when they want to hear free slots.</summary>
/// <param name="From">First day to look at; today when earlier.</param>
/// <param name="Near">The time they asked for: slots closest to it come first on each day.</param>
/// <param name="Part">Only slots starting in this part of the day, when said ("morning": before noon; "afternoon": noon to 5 pm; "evening": after).</param>
[GenerateSerializer, Immutable, Alias("concierge.SlotSearch")]
public sealed record SlotSearch(DateOnly From, TimeOnly? Near = null, SlotPart? Part = null, string? TypeName = null, int Count = 3);

[GenerateSerializer, Alias("concierge.SlotPart")]
public enum SlotPart
{
    Morning,
    Afternoon,
    Evening,
}
