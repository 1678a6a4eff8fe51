using Concierge.TestSupport;

namespace Concierge.WebFront.Tests.Media;

/// <summary>
/// The media benchmark's driver works end to end on a small run (3 streams, a few seconds): streams open with real tokens
/// and signed handshakes, replies are heard, barge-ins are cleared, stamped frames are measured. Not timings: the window
/// (10 s) leaves each caller, however late its stream opened on a loaded machine, room for a turn spoken over a reply.
/// </summary>
public sealed class MediaLoadDriverTests
{
    [Fact]
    public async Task ThreeStreamsSpeakHearRepliesAndInterruptThemWithEveryFigureMeasured()
    {
        await using var load = await MediaLoad.StartAsync();

        var step = await load.RunAsync(streams: 3, ramp: TimeSpan.FromMilliseconds(600), measured: TimeSpan.FromSeconds(10));

        Assert.True(step.Calls.Failed == 0, "calls failed: " + string.Join("; ", step.FirstErrors));
        Assert.Equal(3, step.Calls.Decisions.GetValueOrDefault(Concierge.Simulator.Media.MediaCaller.HungUp));
        Assert.Equal(0, step.Calls.Unanswered);
        Assert.Equal(0, step.Calls.Uncleared);
        // How many frames arrive in the window depends on the machine's load: the driver must measure some on every stream, not a rate.
        Assert.True(step.AddedPerFrame.Count >= 3, $"only {step.AddedPerFrame.Count} stamped frames measured");
        Assert.InRange(step.ResponseHeard.Count, 3, 100);
        Assert.True(step.ResponseHeard.P50 >= step.ModelDelayMs, "a reply was heard before the model had answered");
        Assert.InRange(step.BargeIn.Count, 3, 100);
        Assert.True(step.CpuSecondsPerStreamMinute > 0);
    }
}
