using Concierge.Grains.Interfaces.Screening;
using Orleans;

namespace Concierge.Grains.Interfaces.Calls;

/// <summary>What the voice model is told about a call: whom it answers for, the owner's instructions, the caller's history.</summary>
/// <param name="Greeting">The first words, said as soon as the stream opens.</param>
/// <param name="Language">The call's language (BCP-47) when it starts.</param>
/// <param name="MaxSeconds">The hard cap on the stream's length: past it the call ends.</param>
/// <param name="Booking">
/// The company takes bookings by phone: the model may hand the caller to the booking dialogue
/// (<see cref="StreamTools.BookAppointment"/>).
/// </param>
[GenerateSerializer, Immutable, Alias("concierge.StreamBrief")]
public sealed record StreamBrief(
    string OwnerName,
    string Instructions,
    IReadOnlyList<string> Languages,
    CallerHistory History,
    string Greeting,
    string Language,
    int MaxSeconds,
    bool Booking = false) : PrivateRecord;

/// <summary>
/// One turn on the stream, with its timings. <paramref name="Speaker"/> is a <see cref="TurnSpeakers"/> value; for the
/// concierge's turns <paramref name="ResponseHeardMs"/> is the time from the caller's end of speech to the first reply audio
/// sent to Twilio, <paramref name="Filler"/> says the "one moment" clip played first, and <paramref name="HeardMs"/> is how
/// much of the reply the caller heard before interrupting it (null: not interrupted).
/// </summary>
[GenerateSerializer, Immutable, Alias("concierge.StreamTurn")]
public sealed record StreamTurn(
    string Speaker,
    string Text,
    DateTimeOffset At,
    int? ResponseHeardMs = null,
    bool Filler = false,
    int? HeardMs = null) : PrivateRecord;

/// <summary>
/// A decision the voice model made by calling one of <see cref="StreamTools"/> with its arguments (absent ones null; a
/// category and an urgency by name, as <see cref="CallCategory"/> and <see cref="Screening.Urgency"/> spell them), or
/// one the relay made itself (<see cref="StreamTools.Silence"/>, <see cref="StreamTools.TimeLimit"/>).
/// </summary>
/// <param name="Request">For <see cref="StreamTools.BookAppointment"/>: what the caller asked, in their words.</param>
[GenerateSerializer, Immutable, Alias("concierge.StreamDecision")]
public sealed record StreamDecision(
    string Tool,
    string? Reason = null,
    string? CallerName = null,
    string? Purpose = null,
    string? Message = null,
    string? Category = null,
    string? Urgency = null,
    string? Request = null) : PrivateRecord;

/// <summary>The functions the voice model decides with, and the relay's own decisions.</summary>
public static class StreamTools
{
    public const string TransferCall = "transfer_call";
    public const string TakeMessage = "take_message";
    public const string EndCall = "end_call";
    public const string BlockCaller = "block_caller";

    /// <summary>Hands the caller to the booking dialogue: offered only when the company takes bookings by phone.</summary>
    public const string BookAppointment = "book_appointment";

    /// <summary>The caller stayed silent after being asked twice.</summary>
    public const string Silence = "silence";

    /// <summary>The call reached its hard cap on length.</summary>
    public const string TimeLimit = "time_limit";

    /// <summary>The functions the model may call (<see cref="BookAppointment"/> is given only with <see cref="StreamBrief.Booking"/>).</summary>
    public static IReadOnlyList<string> ModelTools { get; } = [TransferCall, TakeMessage, EndCall, BlockCaller, BookAppointment];
}
