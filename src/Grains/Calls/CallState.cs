using Concierge.Grains.Interfaces.Calls;
using Concierge.Grains.Interfaces.Companies;
using Concierge.Grains.Interfaces.Screening;

namespace Concierge.Grains.Calls;

/// <summary>A call's durable state, owned by its <see cref="CallGrain"/>.</summary>
public sealed class CallState
{
    public string CompanyId { get; set; } = "";

    public string From { get; set; } = "";

    public string To { get; set; } = "";

    /// <summary>The caller grain's key; null for a hidden number (no history is kept for those).</summary>
    public string? CallerKey { get; set; }

    /// <summary>The best name known: the exception list's, the one the caller gave, or the carrier's caller ID.</summary>
    public string? CallerName { get; set; }

    public CallPhase Phase { get; set; }

    /// <summary>The conversation's language (BCP-47); it follows the caller's.</summary>
    public string Language { get; set; } = "en-US";

    /// <summary>The company's settings when the call started: later changes do not alter a call in progress.</summary>
    public CompanySettings? Company { get; set; }

    public CallerHistory History { get; set; } = CallerHistory.None;

    public int CallerTurns { get; set; }

    public int Silences { get; set; }

    /// <summary>The decision a transfer earns once the owner is actually connected.</summary>
    public string? PendingDecision { get; set; }

    public string? Decision { get; set; }

    public string? Reason { get; set; }

    public string? DecidedBy { get; set; }

    public string? TransferOutcome { get; set; }

    public bool OwnerDeclined { get; set; }

    /// <summary>The owner's key press after the whisper is recorded: a repeat of it changes nothing.</summary>
    public bool OwnerAnswered { get; set; }

    /// <summary>A webhook told the caller of a technical problem, and the call log says so (<see cref="CallGrain.TroubleToldAsync"/>).</summary>
    public bool TroubleTold { get; set; }

    public CallCategory? Category { get; set; }

    public string? Purpose { get; set; }

    public string? Message { get; set; }

    /// <summary>The last thing the concierge said, repeated if Twilio redelivers a webhook.</summary>
    public string? LastPrompt { get; set; }

    /// <summary>The number of the listening the call is at (<see cref="ListenStep.Turn"/>): each listening gets the next.</summary>
    public int ListenTurn { get; set; }

    /// <summary>The listening whose answer was heard last, and the step given in reply: a repeat of it gets that step again.</summary>
    public int HeardTurn { get; set; }

    public CallStep? HeardReply { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset? EndedAt { get; set; }

    public int? DurationSeconds { get; set; }

    public List<CallTurn> Turns { get; set; } = [];

    /// <summary>The media stream of a call in realtime voice mode; null for a gather-mode call.</summary>
    public Streams.CallStreamState? Stream { get; set; }

    /// <summary>The booking dialogue of a caller who asked to book, move or cancel an appointment; null for none.</summary>
    public Booking.CallBookingState? Booking { get; set; }
}
