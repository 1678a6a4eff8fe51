using Concierge.Simulator.Calls;

namespace Concierge.Simulator.Load;

/// <summary>What a load run did: every call, the webhook latencies, and notes about what could not be done as asked.</summary>
public sealed record LoadReport(IReadOnlyList<CallResult> Calls, WebhookTimings Timings, TimeSpan Elapsed, IReadOnlyList<string> Notes)
{
    public IReadOnlyList<CallResult> Errors => [.. Calls.Where(c => c.Outcome == CallOutcomes.Error)];

    /// <summary>Calls that ran to their end (neither failed nor cancelled) per second of the run.</summary>
    public double CallsPerSecond => Elapsed > TimeSpan.Zero ? Calls.Count(c => c.Outcome is not (CallOutcomes.Error or CallOutcomes.Cancelled)) / Elapsed.TotalSeconds : 0;

    public double WebhooksPerSecond => Elapsed > TimeSpan.Zero ? Timings.Count / Elapsed.TotalSeconds : 0;

    /// <summary>How many calls ended each way, most frequent first.</summary>
    public IReadOnlyList<KeyValuePair<string, int>> ByOutcome =>
        [.. Calls.GroupBy(c => c.Outcome).Select(g => KeyValuePair.Create(g.Key, g.Count())).OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)];
}
