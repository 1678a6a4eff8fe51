using Concierge.Grains.Interfaces.Callers;
using Concierge.Grains.Interfaces.Calls;

namespace Concierge.Grains.Callers;

/// <summary>
/// How likely a caller is to be spam, from 0 to 1: each spam-like call halves the remaining doubt
/// (one → 0.5, two → 0.75, three → 0.875), so a single misjudged call never condemns a number for good.
/// </summary>
public static class SpamScore
{
    private static readonly HashSet<string> SpamCategories = new(StringComparer.OrdinalIgnoreCase) { "spam", "scam", "robocall", "sales" };

    public static double Of(IEnumerable<CallerCall> calls, DateTimeOffset? forgivenAt) =>
        1 - Math.Pow(0.5, calls.Count(call => (forgivenAt is null || call.At > forgivenAt) && IsSpamLike(call)));

    private static bool IsSpamLike(CallerCall call) =>
        call.Decision == CallDecisions.Blocked || (call.Category is { } category && SpamCategories.Contains(category));
}
