using System.Globalization;
using Concierge.Simulator.Load;

namespace Concierge.Benchmarks;

/// <summary>
/// The webhook benchmark's markdown tables: call starts against the floor; latency and rate per webhook kind in the mixed
/// run; then totals, CPU and memory per store. Rates are also given as a fraction of the floor's req/s, and CPU per
/// request as a multiple of the floor's (both measured in the same run: the ratios hold better than the absolute figures
/// on a machine whose speed varies from one run to the next).
/// </summary>
internal static class WebhookTable
{
    public static void Print(IReadOnlyList<StoreRun> runs, FloorRun floor, FloorRun grainFloor)
    {
        Console.WriteLine();
        Console.WriteLine("Call starts alone (new callers ringing /twilio/voice), against the floor: a bare Kestrel endpoint answering the same TwiML, as a process of its own; " +
            "and against the same endpoint with an Orleans silo beside it, activating one grain per ring (\"grain floor\": the architecture's cost before Concierge's own work).");
        Console.WriteLine();
        Console.WriteLine("| server | call starts | not greeted | req/s | of floor | of grain floor | p50 ms | p99 ms | CPU ms per call start | CPU ÷ floor | CPU ÷ grain floor | KB allocated per call start |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        Console.WriteLine(CallStartRow("floor (bare endpoint)", floor.CallStarts, floor, grainFloor, floor.CpuMsPerRequest, "–"));
        Console.WriteLine(CallStartRow("grain floor (bare endpoint + a grain per ring)", grainFloor.CallStarts, floor, grainFloor, grainFloor.CpuMsPerRequest, "–"));
        foreach (var run in runs)
        {
            Console.WriteLine(CallStartRow(run.Store, run.CallStarts, floor, grainFloor, run.CpuMsPerCallStart, Invariant($"{run.BytesAllocatedPerCallStart / 1024.0:F1}")));
        }

        Console.WriteLine();
        Console.WriteLine(Invariant(
            $"Peak memory of the floors under the same rings: bare endpoint {floor.PeakResidentBytes / 1024.0 / 1024.0:N0} MB, grain floor {grainFloor.PeakResidentBytes / 1024.0 / 1024.0:N0} MB (its activations let go as they answer)."));
        var floorPerSecond = floor.CallStarts.Load.PerSecond;

        Console.WriteLine();
        Console.WriteLine("All scenarios mixed (the kinds share the run, so a kind's req/s is its share; \"all webhooks\" compares with the floor).");
        Console.WriteLine();
        Console.WriteLine("| store | webhook | requests | req/s | of floor | p50 ms | p99 ms |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|---:|");
        foreach (var run in runs)
        {
            var timings = run.Load.Timings;
            foreach (var latency in timings.Kinds.Select(timings.For).Append(timings.Overall("all webhooks")))
            {
                var perSecond = latency.Count / run.Load.Elapsed.TotalSeconds;
                Console.WriteLine(Invariant($"| {run.Store} | {latency.Label} | {latency.Count:N0} | {perSecond:N0} | {perSecond / floorPerSecond:P1} | {latency.P50:F1} | {latency.P99:F1} |"));
            }
        }

        Console.WriteLine();
        Console.WriteLine("| store | calls | errors | calls/s | webhook p50 ms | webhook p99 ms | CPU ms per webhook | CPU ÷ floor | KB allocated per webhook | peak memory MB | memory per active call KB | held calls not listening |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var run in runs)
        {
            var overall = run.Load.Timings.Overall();
            Console.WriteLine(Invariant(
                $"| {run.Store} | {run.Load.Calls.Count:N0} | {run.Load.Errors.Count} | {run.Load.CallsPerSecond:N0} | {overall.P50:F1} | {overall.P99:F1} | {run.CpuMsPerWebhook:F2} | {run.CpuMsPerWebhook / floor.CpuMsPerRequest:F1}× | {run.BytesAllocatedPerWebhook / 1024.0:F1} | {run.PeakResidentBytes / 1024.0 / 1024.0:N0} | {run.BytesPerActiveCall / 1024.0:F1} | {run.HeldCallsFailed} |"));
            var filled = run.Filled.Load;
            var filledOverall = filled.Timings.Overall();
            Console.WriteLine(Invariant(
                $"| {run.Store}, after {run.Filled.CallsBefore:N0} calls | {filled.Calls.Count:N0} | {filled.Errors.Count} | {filled.CallsPerSecond:N0} | {filledOverall.P50:F1} | {filledOverall.P99:F1} | {run.Filled.CpuMsPerWebhook:F2} | {run.Filled.CpuMsPerWebhook / floor.CpuMsPerRequest:F1}× | – | {run.Filled.PeakResidentBytes / 1024.0 / 1024.0:N0} | – | – |"));
        }

        foreach (var error in runs.SelectMany(r => r.Load.Errors.Concat(r.Filled.Load.Errors).Select(e => $"{r.Store} {e.Script}: {e.Error}")).Take(5))
        {
            Console.WriteLine($"error: {error}");
        }
    }

    /// <summary>Launch → first call greeted, on the SQLite database the run filled (issue 13's goal: within a second).</summary>
    public static void PrintStartUp(IReadOnlyList<double> launches)
    {
        Console.WriteLine();
        Console.WriteLine(Invariant(
            $"Start-up on the SQLite database this run filled: first call greeted {string.Join(", ", launches.Select(ms => Invariant($"{ms:N0}")))} ms after launch ({launches.Count} launches; goal ≤ 1,000 ms)."));
    }

    private static string CallStartRow(string server, CallStartRun run, FloorRun floor, FloorRun grainFloor, double cpuMs, string allocated)
    {
        var result = run.Load;
        var latency = LatencySummary.Of(server, result.SortedLatenciesMs);
        return Invariant($"| {server} | {result.Operations:N0} | {run.Failed} | {result.PerSecond:N0} | {result.PerSecond / floor.CallStarts.Load.PerSecond:P1} | {result.PerSecond / grainFloor.CallStarts.Load.PerSecond:P1} | {latency.P50:F1} | {latency.P99:F1} | ")
            + Invariant($"{cpuMs:F3} | {cpuMs / floor.CpuMsPerRequest:F1}× | {cpuMs / grainFloor.CpuMsPerRequest:F1}× | {allocated} |");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
