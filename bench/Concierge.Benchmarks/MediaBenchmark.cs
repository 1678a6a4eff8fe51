using Concierge.TestSupport;

namespace Concierge.Benchmarks;

/// <summary>
/// Realtime voice relay under load (<see cref="MediaLoad"/>): 50, 250 and 500 concurrent Twilio media streams against the
/// built WebFront in realtime mode, the fake model streaming at real-time pace, the driver on the same machine. Each step
/// ramps its streams up, measures a window with all of them open, hangs up; a warm-up run comes first. The same steps then
/// drive the floor (<see cref="BareMediaRelay"/>): what a relay with no work of its own costs on this stack and machine.
/// </summary>
internal static class MediaBenchmark
{
    /// <summary>The stream counts, unless CONCIERGE_MEDIA_STEPS lists others (e.g. "50,100").</summary>
    private static readonly int[] Steps = Environment.GetEnvironmentVariable("CONCIERGE_MEDIA_STEPS") is { Length: > 0 } steps
        ? [.. steps.Split(',').Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture))]
        : [50, 250, 500];
    private static readonly TimeSpan Measured = TimeSpan.FromSeconds(30);

    public static async Task RunAsync()
    {
        Console.WriteLine(
            $"Media streams: the fake model answers each turn after {MediaLoad.ModelDelay.TotalMilliseconds:F0} ms with {MediaLoad.ReplyLength.TotalSeconds:F0} s of audio at real-time pace; " +
            $"each caller speaks 0.8 s, hears the reply start, interrupts it every other turn and hears it out otherwise; {Measured.TotalSeconds:F0} s measured per step with all streams open. " +
            $"Load average at start: {LoadAverage.Now()}.");
        var steps = await RunStepsAsync(relay: null);
        var floor = await RunStepsAsync(BareMediaRelay.Program);
        MediaTable.Print(steps);
        MediaTable.PrintFloor(steps, floor);
        Console.WriteLine($"Load average at end: {LoadAverage.Now()}.");
    }

    /// <summary>The app (or the floor's <paramref name="relay"/>) warmed up, then each step.</summary>
    private static async Task<List<MediaLoadStep>> RunStepsAsync(IReadOnlyList<string>? relay)
    {
        await using var load = await MediaLoad.StartAsync(relay);
        // Tiered compilation: after one 30 s warm-up at 50 streams, JIT still took 10–28% of the app's CPU (perf) in the step
        // after it, compiling what the warm-up reached last (its calls' ends: hang-ups, deactivations); the 250-stream step cost
        // 0.200 s per stream-minute against 0.161–0.178 run twice more. Two rounds at the step the targets name (250): the
        // second's calls end on code the first's ends had tiered up, so the steps measure a process in its steady state.
        for (var round = 0; round < 2; round++)
        {
            await load.RunAsync(Math.Min(250, Steps.Max()), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(20));
        }

        await Task.Delay(TimeSpan.FromSeconds(5));
        var steps = new List<MediaLoadStep>();
        foreach (var streams in Steps)
        {
            steps.Add(await load.RunAsync(streams, TimeSpan.FromSeconds(Math.Max(2, streams / 60.0)), Measured));
            await Task.Delay(TimeSpan.FromSeconds(2)); // the hung-up calls' grains settle before the next baseline
        }

        return steps;
    }
}
