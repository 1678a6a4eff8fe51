namespace Concierge.Grains.Interfaces.Calls;

/// <summary>The final decision of a call (<c>final_decision</c>): stable names users and tests rely on.</summary>
public static class CallDecisions
{
    /// <summary>Screened, then put through, and the owner took the call.</summary>
    public const string Transferred = "transferred";

    /// <summary>On the exception list: put through without screening.</summary>
    public const string TransferredException = "transferred_exception";

    /// <summary>A transfer was attempted and the owner did not take it (busy, no answer, declined) and no message was left.</summary>
    public const string TransferFailed = "transfer_failed";

    /// <summary>Screened and ended politely (sales, not for the owner, a text suggested).</summary>
    public const string Completed = "completed";

    /// <summary>The caller left a message.</summary>
    public const string MessageTaken = "message_taken";

    /// <summary>The caller never spoke.</summary>
    public const string EndedNoSpeech = "ended_no_speech";

    /// <summary>Spam, scam or robocall, or a caller blocked earlier.</summary>
    public const string Blocked = "blocked";

    /// <summary>The caller hung up before a decision.</summary>
    public const string Abandoned = "abandoned";

    public static IReadOnlyList<string> All { get; } =
        [Transferred, TransferredException, TransferFailed, Completed, MessageTaken, EndedNoSpeech, Blocked, Abandoned];
}
