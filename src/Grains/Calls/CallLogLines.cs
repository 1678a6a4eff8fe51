namespace Concierge.Grains.Calls;

/// <summary>
/// What the call log tells the owner about a call, in sentences: why it was decided so (the reason) and what happened
/// along the way (the events between the turns). English, as the rest of the call log.
/// </summary>
public static class CallLogLines
{
    public const string Blocked = "The caller is blocked.";

    public const string RejectedBlocked = "The caller is blocked, so the call was rejected unanswered.";

    public const string NoSpeech = "The caller did not speak.";

    public const string HungUpBeforeDecision = "The caller hung up before a decision.";

    public const string MessageTaken = "Message taken.";

    public const string NoMessageLeft = "The caller left no message.";

    public static string OnExceptionList(string category) => $"The caller is on the exception list ({category}).";

    /// <summary>Why a call that was to be put through took a message instead.</summary>
    public static string NoOwnerPhone(string reason) =>
        $"{AsSentence(reason)} No phone number is set for the owner, so the caller was asked for a message.";

    public static string Ringing(bool whisper) => whisper ? "Ringing the owner, who hears a whisper first." : "Ringing the owner.";

    public static string OwnerTookTheCall(int? seconds) => $"The owner took the call ({seconds ?? 0} s).";

    /// <summary>Why the caller was not connected, from the transfer's outcome (Twilio's DialCallStatus, or ours).</summary>
    public static string TransferNotTaken(string? outcome) => outcome switch
    {
        "declined" => "The owner declined the call.",
        "not_accepted" => "The owner's phone answered, but the caller was not connected (voicemail, or no key pressed).",
        "busy" => "The owner's phone was busy.",
        "no-answer" => "The owner did not answer.",
        "canceled" => "The call to the owner was cancelled.",
        "failed" => "The call to the owner's phone failed.",
        _ => $"The caller was not put through ({outcome ?? "no outcome"}).",
    };

    public static string OwnerAnsweredTheWhisper(bool declined) =>
        declined ? "The owner declined the call after the whisper." : "The owner accepted the call after the whisper.";

    /// <summary>The end of the call as Twilio reported it (its CallStatus and duration).</summary>
    public static string CallEnded(string status, int? seconds) => status == "completed"
        ? $"The call ended after {seconds ?? 0} s."
        : $"The call ended after {seconds ?? 0} s ({status}).";

    /// <summary><paramref name="text"/> (a model's reason, say) as a sentence: a capital first, a full stop last.</summary>
    public static string AsSentence(string text)
    {
        var trimmed = CallScript.SentenceStart(text.Trim().TrimEnd(';', ',', ':'));
        return trimmed.Length == 0 || trimmed[^1] is '.' or '!' or '?' ? trimmed : trimmed + ".";
    }
}
