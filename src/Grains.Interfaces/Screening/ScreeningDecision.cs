namespace Concierge.Grains.Interfaces.Screening;

/// <summary>What the screener wants done with the call after the caller's latest words.</summary>
public enum ScreeningAction
{
    /// <summary>Put the caller through to the owner.</summary>
    Transfer,

    /// <summary>Close politely (suggest a text); nothing more to do.</summary>
    End,

    /// <summary>Ask one follow-up question and listen again.</summary>
    Ask,

    /// <summary>Ask for a message, record it, close.</summary>
    TakeMessage,

    /// <summary>Spam or scam: close and mark the caller.</summary>
    Block,
}

/// <summary>What kind of call the screener believes this is.</summary>
public enum CallCategory
{
    Unknown,
    Personal,
    Urgent,
    Business,
    Delivery,
    Appointment,
    Sales,
    Spam,
    Scam,
    Robocall,
}

public enum Urgency
{
    Low,
    Normal,
    High,
}

/// <summary>
/// The screener's structured answer: never a free-text marker to be parsed.
/// <paramref name="Reply"/> is what the concierge says next, in <paramref name="Language"/>.
/// </summary>
/// <param name="Action">What to do with the call.</param>
/// <param name="Reply">The concierge's next words: the question, the closing line, or the line before transferring.</param>
/// <param name="Category">The kind of call.</param>
/// <param name="Urgency">How urgent the caller's matter is.</param>
/// <param name="Reason">Why, in one sentence, for the owner's call log.</param>
/// <param name="CallerName">The name the caller gave, if any.</param>
/// <param name="Purpose">Why they call, in a few words (told to the owner before a transfer).</param>
/// <param name="Language">Two-letter language of the conversation: "en" or "fr".</param>
public sealed record ScreeningDecision(
    ScreeningAction Action,
    string Reply,
    CallCategory Category,
    Urgency Urgency,
    string Reason,
    string? CallerName = null,
    string? Purpose = null,
    string Language = "en");
