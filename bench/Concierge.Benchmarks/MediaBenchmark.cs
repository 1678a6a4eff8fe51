using Concierge.TestSupport;

namespace Concierge.Benchmarks;

/// <summary>
/// Realtime voice relay under load (<see cref="MediaLoad"/>): 50, 250 and 500 concurrent Twilio media streams against the
/// built WebFront in realtime mode, the fake model streaming at real-time pace, the driver on the same machine. Each step
/// ramps its streams up, measures a window with all of them open, hangs up; a small step first warms the app up.
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
        await using var load = await MediaLoad.StartAsync();
        // JIT and tiering, pools, the store's caches: tiered compilation still took 17–45% of the app's CPU (perf) in the steps after a
        // 15 s warm-up, and after 30 s still some: CPU per frame at the larger step is the figure least bent by it
        await load.RunAsync(50, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(30));
        await Task.Delay(TimeSpan.FromSeconds(5));
        var steps = new List<MediaLoadStep>();
        foreach (var streams in Steps)
        {
            steps.Add(await load.RunAsync(streams, TimeSpan.FromSeconds(Math.Max(2, streams / 60.0)), Measured));
            await Task.Delay(TimeSpan.FromSeconds(2)); // the hung-up calls' grains settle before the next baseline
        }

        MediaTable.Print(steps);
        Console.WriteLine($"Load average at end: {LoadAverage.Now()}.");
    }
}
