using Concierge.Grains.Interfaces.Screening;

namespace Concierge.Grains.Screening.Offline;

/// <summary>What a caller's history says about trusting them.</summary>
internal static class CallerHistoryReading
{
    /// <summary>At or above this spam score a caller is blocked however they sound.</summary>
    public const double BlockingSpamScore = 0.7;

    private const string Blocked = "blocked";
    private const string Transferred = "transferred";

    /// <summary>
    /// The last call that ended in a verdict on the caller (put through or blocked; messages and polite ends say
    /// nothing about trust) put them through. Together with a known name, that makes a vague caller trusted.
    /// </summary>
    public static bool WasLastPutThrough(this CallerHistory history) => LastVerdict(history) == Transferred;

    /// <summary>The last verdict on the caller was a block: the owner has not let them through since.</summary>
    public static bool WasLastBlocked(this CallerHistory history) => LastVerdict(history) == Blocked;

    public static bool IsKnownSpammer(this CallerHistory history) => history.SpamScore >= BlockingSpamScore;

    private static string? LastVerdict(CallerHistory history) =>
        history.RecentDecisions
            .Select(decision => decision.Trim().ToLowerInvariant())
            .FirstOrDefault(decision => decision is Blocked or Transferred);
}
