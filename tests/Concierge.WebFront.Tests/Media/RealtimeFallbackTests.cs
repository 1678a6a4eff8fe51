using Concierge.Grains.Interfaces.Calls;
using Concierge.TestSupport;
using Orleans;

namespace Concierge.WebFront.Tests.Media;

/// <summary>The app in realtime mode whose callers stay silent: one second of silence is enough.</summary>
public sealed class QuietRealtimeApp : RealtimeApp
{
    protected override string SilenceSeconds => "1";
}

/// <summary>The app in realtime mode with no key for a realtime model.</summary>
public sealed class NoRealtimeModelApp : ConciergeAppFactory
{
    public NoRealtimeModelApp() => Settings["Concierge:Voice:Mode"] = "realtime";
}

public sealed class RealtimeSilenceTests(QuietRealtimeApp realtime) : IClassFixture<QuietRealtimeApp>
{
    [Fact]
    public async Task ASilentCallerIsAskedOnceMoreThenTheCallEnds()
    {
        var (call, stream) = await realtime.StreamAsync();
        await using var _ = stream;

        await stream.Closed.WaitAsync(TimeSpan.FromSeconds(10));
        var next = await call.PostTwimlAsync("/twilio/stream-ended", []);

        Assert.True(next.HangsUp);
        Assert.Equal(2, realtime.Model.Received.Count(m => (string?)m["type"] == "response.create")); // the greeting, then the re-prompt
        var record = await realtime.App.Grains.GetGrain<ICallGrain>(call.CallSid).GetAsync();
        Assert.Equal(CallDecisions.EndedNoSpeech, record!.FinalDecision);
    }
}

public sealed class RealtimeWithoutModelTests(NoRealtimeModelApp app) : IClassFixture<NoRealtimeModelApp>
{
    [Fact]
    public async Task WithoutAUsableModelARealtimeCallIsScreenedInGatherModeAndTheLogSaysWhy()
    {
        var call = app.NewCall();

        var twiml = await call.RingAsync();

        Assert.True(twiml.Listens);
        Assert.Null(twiml.Root.Element("Connect"));
        var record = await app.Grains.GetGrain<ICallGrain>(call.CallSid).GetAsync();
        Assert.Contains(record!.Turns, t => t.Speaker == TurnSpeakers.System && t.Text.Contains("no realtime model key is set", StringComparison.Ordinal));
    }
}
