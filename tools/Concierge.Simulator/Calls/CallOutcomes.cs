namespace Concierge.Simulator.Calls;

/// <summary>
/// How a call ended, as far as the caller (and Twilio) can tell from the TwiML. Where that pins down the concierge's
/// decision the name is the decision's (<c>transferred</c>, <c>message_taken</c>…); a polite goodbye after screening
/// is <see cref="Ended"/>, because TwiML alone does not tell a sales call (completed) from a scam (blocked).
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

    /// <summary>Screened and ended with a goodbye (completed or blocked).</summary>
    public const string Ended = "ended";

    /// <summary>The caller never spoke and the concierge hung up.</summary>
    public const string EndedNoSpeech = "ended_no_speech";

    /// <summary>Refused unanswered (a blocked number).</summary>
    public const string Rejected = "rejected";

    /// <summary>The script ran out of lines while the concierge was still listening: the caller hung up.</summary>
    public const string Abandoned = "abandoned";

    /// <summary>The concierge answered with its "technical problem" apology.</summary>
    public const string ServiceTrouble = "service_trouble";

    /// <summary>A webhook failed: no answer, not a 200, not TwiML.</summary>
    public const string Error = "error";

    /// <summary>The run was stopped while this call was under way.</summary>
    public const string Cancelled = "cancelled";
}
