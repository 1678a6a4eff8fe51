using Concierge.Grains.Interfaces.Scheduling;

namespace Concierge.Grains.Calls.Booking;

/// <summary>What a caller asked the concierge to do with an appointment.</summary>
public enum BookingIntent
{
    Book,
    Move,
    Cancel,
}

/// <summary>Where a booking dialogue stands: what the caller's next words answer.</summary>
public enum BookingStage
{
    AskingWhen,
    Offering,
    AskingReference,
    ConfirmingCancel,

    /// <summary>Over: booked, moved, cancelled, or handed to the take-message path.</summary>
    Done,

    /// <summary>
    /// An exception-list caller heard they are being put through, or may say "appointment": their next words (or
    /// silence) decide. Last, so the stages already stored keep their numbers.
    /// </summary>
    PuttingThrough,
}

/// <summary>A gather-mode call's booking dialogue, in the call's state (<see cref="CallState.Booking"/>).</summary>
public sealed class CallBookingState
{
    public BookingIntent Intent { get; set; }

    public BookingStage Stage { get; set; }

    /// <summary>The appointment type the caller named; null for the calendar's first.</summary>
    public string? TypeName { get; set; }

    /// <summary>The appointment being moved or cancelled, once found.</summary>
    public string? Reference { get; set; }

    /// <summary>The slots the caller was last offered, in the order they heard them.</summary>
    public List<FreeSlot> Offered { get; set; } = [];

    /// <summary>Answers not understood: at the second the caller is offered to leave a message.</summary>
    public int Misunderstood { get; set; }
}
