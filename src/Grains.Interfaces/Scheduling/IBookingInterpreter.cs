namespace Concierge.Grains.Interfaces.Scheduling;

/// <summary>
/// Understands one caller turn of a booking dialogue through a language model's tool calls. It only interprets: the
/// dialogue checks what it says against what was offered and asked, and keeps the calendar and its double-booking
/// guarantee to itself. An implementation may be slow, fail or answer nonsense; the dialogue then reads the turn offline.
/// Registered only when a model is configured.
/// </summary>
public interface IBookingInterpreter
{
    /// <summary>Short name for the call log ("openai:gpt-4o-mini").</summary>
    string Name { get; }

    /// <summary>What <see cref="BookingTurn.Speech"/> asks for, as one tool call; null when the model gave none.</summary>
    Task<BookingToolCall?> InterpretAsync(BookingTurn turn, CancellationToken cancellationToken);
}

/// <summary>One caller turn of a booking dialogue and what the model needs to read it.</summary>
/// <param name="Speech">The caller's words.</param>
/// <param name="Asked">What the concierge said last, which the words answer.</param>
/// <param name="Language">The conversation's language (BCP-47).</param>
/// <param name="Today">Today in the company's time zone: relative dates ("tomorrow") are read against it.</param>
/// <param name="AppointmentTypes">The calendar's appointment types, by name.</param>
/// <param name="Offered">The slots the caller was offered, in the order they heard them (1-based for the model).</param>
public sealed record BookingTurn(
    string Speech, string Asked, string Language, DateOnly Today, IReadOnlyList<string> AppointmentTypes, IReadOnlyList<FreeSlot> Offered);

/// <summary>The tools the model may call on a booking turn.</summary>
public enum BookingTool
{
    /// <summary>The caller says when they would like an appointment (<see cref="BookingToolCall.Date"/> and time or part of day).</summary>
    FindSlots,

    /// <summary>The caller picks one of the slots offered (<see cref="BookingToolCall.Index"/>, 1-based).</summary>
    ChooseOffered,

    /// <summary>The caller answers a yes-or-no question (<see cref="BookingToolCall.Yes"/>).</summary>
    AnswerYesNo,

    /// <summary>The caller wants to cancel an appointment, by <see cref="BookingToolCall.Reference"/> when they said one.</summary>
    CancelAppointment,

    /// <summary>The caller wants to move an appointment, by <see cref="BookingToolCall.Reference"/> when they said one.</summary>
    MoveAppointment,

    /// <summary>The caller gives up booking, or would rather leave a message.</summary>
    GiveUp,

    /// <summary>The words are not about the booking at all.</summary>
    NotAboutBooking,
}

/// <summary>A tool call, its arguments parsed and typed; the dialogue decides whether they make sense now.</summary>
public sealed record BookingToolCall(
    BookingTool Tool,
    DateOnly? Date = null,
    TimeOnly? Time = null,
    SlotPart? PartOfDay = null,
    string? AppointmentType = null,
    int? Index = null,
    bool? Yes = null,
    string? Reference = null);
