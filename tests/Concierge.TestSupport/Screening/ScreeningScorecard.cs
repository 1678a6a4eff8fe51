using System.Diagnostics;
using Concierge.Grains.Interfaces.Screening;

namespace Concierge.TestSupport.Screening;

/// <summary>A corpus caller, what a screener decided, and how long the decision took.</summary>
public sealed record ScoredCall(CorpusCall Call, ScreeningDecision Decision, TimeSpan Elapsed)
{
    public bool IsRight => Decision.Action == Call.ExpectedAction;

    public bool IsScamPutThrough => Call.IsScam && Decision.Action == ScreeningAction.Transfer;
}

/// <summary>How a screener did on a set of corpus callers: accuracy by any slice, the confusion matrix, decision times.</summary>
public sealed class ScreeningScorecard(IReadOnlyList<ScoredCall> calls)
{
    public IReadOnlyList<ScoredCall> Calls { get; } = calls;

    /// <summary>Screens each caller once, in order, timing each decision.</summary>
    public static async Task<ScreeningScorecard> RunAsync(IScreeningBrain brain, IEnumerable<CorpusCall> calls, CancellationToken cancellationToken = default)
    {
        var scored = new List<ScoredCall>();
        foreach (var call in calls)
        {
            var context = call.ToContext();
            var started = Stopwatch.GetTimestamp();
            var decision = await brain.DecideAsync(context, cancellationToken);
            scored.Add(new ScoredCall(call, decision, Stopwatch.GetElapsedTime(started)));
        }
        return new ScreeningScorecard(scored);
    }

    public ScreeningScorecard Where(Func<CorpusCall, bool> slice) => new([.. Calls.Where(scored => slice(scored.Call))]);

    public int Right => Calls.Count(scored => scored.IsRight);

    public double Accuracy => Calls.Count == 0 ? 0 : (double)Right / Calls.Count;

    public IReadOnlyList<ScoredCall> Misses => [.. Calls.Where(scored => !scored.IsRight)];

    public IReadOnlyList<ScoredCall> ScamsPutThrough => [.. Calls.Where(scored => scored.IsScamPutThrough)];

    /// <summary>How many callers expected to get <c>expected</c> got <c>decided</c>.</summary>
    public int Count(ScreeningAction expected, ScreeningAction decided) =>
        Calls.Count(scored => scored.Call.ExpectedAction == expected && scored.Decision.Action == decided);

    /// <summary>The decision time at percentile <paramref name="percent"/> (nearest rank).</summary>
    public TimeSpan Percentile(double percent)
    {
        if (Calls.Count == 0)
        {
            return TimeSpan.Zero;
        }
        var sorted = Calls.Select(scored => scored.Elapsed).Order().ToList();
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Count) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
    }
}
