using System.Globalization;
using Concierge.Simulator.Load;

namespace Concierge.Benchmarks;

/// <summary>The webhook benchmark's two markdown tables: latency and rate per webhook kind, then totals and memory per store.</summary>
internal static class WebhookTable
{
    public static void Print(IReadOnlyList<StoreRun> runs)
    {
        Console.WriteLine();
        Console.WriteLine("| store | webhook | requests | req/s | p50 ms | p99 ms |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|");
        foreach (var run in runs)
        {
            var timings = run.Load.Timings;
            foreach (var latency in timings.Kinds.Select(timings.For).Append(timings.Overall("all webhooks")))
            {
                Console.WriteLine(Invariant($"| {run.Store} | {latency.Label} | {latency.Count:N0} | {latency.Count / run.Load.Elapsed.TotalSeconds:N0} | {latency.P50:F1} | {latency.P99:F1} |"));
            }
        }

        Console.WriteLine();
        Console.WriteLine("| store | calls | errors | calls/s | webhook p50 ms | webhook p99 ms | peak memory MB | memory per active call KB |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var run in runs)
        {
            var overall = run.Load.Timings.Overall();
            Console.WriteLine(Invariant(
                $"| {run.Store} | {run.Load.Calls.Count:N0} | {run.Load.Errors.Count} | {run.Load.CallsPerSecond:N0} | {overall.P50:F1} | {overall.P99:F1} | {run.PeakResidentBytes / 1024.0 / 1024.0:N0} | {run.BytesPerActiveCall / 1024.0:F1} |"));
        }

        foreach (var error in runs.SelectMany(r => r.Load.Errors.Select(e => $"{r.Store} {e.Script}: {e.Error}")).Take(5))
        {
            Console.WriteLine($"error: {error}");
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
