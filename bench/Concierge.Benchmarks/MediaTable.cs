using System.Globalization;

namespace Concierge.Benchmarks;

/// <summary>
/// The media suite's table, each step beside the public Twilio + OpenAI Realtime sample relay's figures measured on this
/// machine with the same fake model and driver (issue 20, "The reference to beat"), and the targets.
/// </summary>
internal static class MediaTable
{
    /// <summary>The sample's p99 added latency per frame by stream count, as the issue reports it.</summary>
    private static string SampleAdded(int streams) => streams switch
    {
        <= 200 => "3–4.6",
        250 => "6–16",
        300 => "14–23",
        _ => "> 20 (held 250)",
    };

    private static string SampleBargeIn(int streams) => streams <= 200 ? "2–4.5" : "n/a";

    public static void Print(IReadOnlyList<TestSupport.MediaLoadStep> steps)
    {
        Console.WriteLine();
        Console.WriteLine("| streams | frames | added p50 ms | added p99 ms | sample p99 | barge-in p50 ms | barge-in p99 ms | sample p99 | heard − model p50 ms | heard − model p99 ms | CPU s/stream-min | net of idle | sample | CPU µs/frame | KB/stream | sample | unheard | uncleared | failed | driver CPU s/stream-min | driver lag p50 ms | driver lag p99 ms |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var s in steps)
        {
            Console.WriteLine(
                Invariant($"| {s.Streams} | {s.AddedPerFrame.Count:N0} | {s.AddedPerFrame.P50:F2} | {s.AddedPerFrame.P99:F2} | {SampleAdded(s.Streams)} ") +
                Invariant($"| {s.BargeIn.P50:F2} | {s.BargeIn.P99:F2} | {SampleBargeIn(s.Streams)} ") +
                Invariant($"| {s.ResponseHeard.P50 - s.ModelDelayMs:F1} | {s.ResponseHeard.P99 - s.ModelDelayMs:F1} ") +
                Invariant($"| {s.CpuSecondsPerStreamMinute:F3} | {s.NetCpuSecondsPerStreamMinute:F3} | 0.13–0.20 | {s.CpuMicrosecondsPerFrame:F1} | {s.BytesPerStream / 1024:F0} | ~140 ") +
                Invariant($"| {s.Calls.Unanswered} | {s.Calls.Uncleared} | {s.Calls.Failed} ") +
                Invariant($"| {s.DriverCpuSecondsPerStreamMinute:F3} | {s.DriverLag.P50:F2} | {s.DriverLag.P99:F2} |"));
        }

        Console.WriteLine();
        Console.WriteLine(
            "The driver (fake model and callers) runs on the same cores as the app: its CPU and timer lag are beside each step. Added latency " +
            "is stamped and observed in the driver, so a driver lag p99 near the added p99 means the tail is the driver's, not the app's.");
        Console.WriteLine("Targets (issue 20): at 250 streams added p99 < 5 ms and barge-in p99 ≤ 5 ms; added p99 < 20 ms at ≥ 500 streams; CPU ≤ 0.07 s per stream-minute; ≤ 150 KB per stream.");
        foreach (var s in steps.Where(s => s.FirstErrors.Count > 0))
        {
            Console.WriteLine($"{s.Streams} streams, first errors: {string.Join(" | ", s.FirstErrors)}");
        }
    }

    /// <summary>
    /// The floor's steps (<see cref="BareMediaRelay"/>, the same driver and fake model) beside the app's: what of the app's
    /// cost is the stack's own (Kestrel's and the client's WebSockets, the sockets, the kernel's loopback) and what is ours.
    /// </summary>
    public static void PrintFloor(IReadOnlyList<TestSupport.MediaLoadStep> app, IReadOnlyList<TestSupport.MediaLoadStep> floor)
    {
        Console.WriteLine();
        Console.WriteLine("Floor: a bare relay on the same stack (Kestrel WebSocket in, ClientWebSocket out, the same messages both ways, no state, grain or store), driven the same way.");
        Console.WriteLine();
        Console.WriteLine("| streams | floor added p50 ms | floor added p99 ms | floor barge-in p99 ms | floor CPU s/stream-min | floor CPU µs/frame | floor KB/stream | app CPU ÷ floor | app added p99 − floor p99 ms | floor driver lag p99 ms |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var f in floor)
        {
            var a = app.FirstOrDefault(s => s.Streams == f.Streams);
            Console.WriteLine(
                Invariant($"| {f.Streams} | {f.AddedPerFrame.P50:F2} | {f.AddedPerFrame.P99:F2} | {f.BargeIn.P99:F2} | {f.CpuSecondsPerStreamMinute:F3} | {f.CpuMicrosecondsPerFrame:F1} | {f.BytesPerStream / 1024:F0} ") +
                (a is null ? "| | " : Invariant($"| {a.CpuMicrosecondsPerFrame / f.CpuMicrosecondsPerFrame:F2}× | {a.AddedPerFrame.P99 - f.AddedPerFrame.P99:F2} ")) +
                Invariant($"| {f.DriverLag.P99:F2} |"));
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
