namespace Concierge.Simulator.Calls;

/// <summary>
/// How a call ended, as far as the caller (and Twilio) can tell from the TwiML. Where that pins down the concierge's
/// decision the name is the decision's own (<c>transferred</c>, <c>message_taken</c>, <c>blocked</c>…), the word the
/// REST API and the dashboard use; a goodbye after screening is <see cref="CompletedOrBlocked"/>, because TwiML alone
/// does not tell a sales call (completed) from a scam (blocked). The rest name what went wrong with the run, not a decision.
/// </summary>
public static class CallOutcomes
{
    /// <summary>Screened, then put through, and the owner took it.</summary>
    public const string Transferred = "transferred";

    /// <summary>Put through at once, without a question: the exception list.</summary>
    public const string TransferredException = "transferred_exception";

    /// <summary>A transfer the owner did not take, and no message left.</summary>
    public const string TransferFailed = "transfer_failed";

    /// <summary>The owner did not take the transfer; the caller left a message.</summary>
    public const string MessageTaken = "message_taken";

    /// <summary>Screened and ended with a goodbye: the decision is <c>completed</c> or <c>blocked</c>.</summary>
    public const string CompletedOrBlocked = "completed_or_blocked";

    /// <summary>A booking dialogue ended with an appointment booked and its reference read out (decision <c>completed</c>).</summary>
    public const string Booked = "booked";

    /// <summary>A booking dialogue ended with the appointment moved (decision <c>completed</c>).</summary>
    public const string Moved = "moved";

    /// <summary>A booking dialogue ended with the appointment cancelled (decision <c>completed</c>).</summary>
    public const string AppointmentCancelled = "appointment_cancelled";

    /// <summary>Put through to the agent line with the handover token as digits, and taken (decision <c>transferred</c>).</summary>
    public const string HandedOver = "handed_over";

    /// <summary>The caller never spoke and the concierge hung up.</summary>
    public const string EndedNoSpeech = "ended_no_speech";

    /// <summary>Refused unanswered: a number blocked earlier (decision <c>blocked</c>; the concierge rejects no one else).</summary>
    public const string Blocked = "blocked";

    /// <summary>The script ran out of lines while the concierge was still listening: the caller hung up.</summary>
    public const string Abandoned = "abandoned";

    /// <summary>The concierge answered with its "technical problem" apology.</summary>
    public const string ServiceTrouble = "service_trouble";

    /// <summary>A webhook failed: no answer, not a 200, not TwiML.</summary>
    public const string Error = "error";

    /// <summary>The run was stopped while this call was under way.</summary>
    public const string Cancelled = "cancelled";
}
