using System.Diagnostics;
using Concierge.Simulator.Load;

namespace Concierge.Benchmarks;

/// <summary>Drives <c>concurrency</c> callers for a fixed count of operations and records every latency.</summary>
internal static class LoadRun
{
    public static async Task<LoadResult> RunAsync(int operations, int concurrency, Func<int, Task> operation)
    {
        var latencies = new double[operations];
        var next = -1;
        var total = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < operations)
            {
                var started = Stopwatch.GetTimestamp();
                await operation(i);
                latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        })));
        total.Stop();
        Array.Sort(latencies);
        return new LoadResult(operations, total.Elapsed, latencies);
    }
}

internal sealed record LoadResult(int Operations, TimeSpan Elapsed, double[] SortedLatenciesMs)
{
    public double PerSecond => Operations / Elapsed.TotalSeconds;

    public string Row(string name)
    {
        var latency = LatencySummary.Of(name, SortedLatenciesMs);
        return $"| {name,-52} | {Operations,9:N0} | {PerSecond,12:N0} | {latency.P50,8:F3} | {latency.P99,8:F3} |";
    }

    public static string Header =>
        $"| {"benchmark",-52} |       ops |        ops/s |  p50 ms  |  p99 ms  |\n" +
        $"|{new string('-', 54)}|-----------|--------------|----------|----------|";
}
