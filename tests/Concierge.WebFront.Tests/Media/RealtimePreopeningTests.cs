using System.Net;
using Concierge.TestSupport;
using static Concierge.WebFront.Tests.Media.RealtimeApp;

namespace Concierge.WebFront.Tests.Media;

/// <summary>The app in realtime mode opening the model's socket as the call is answered, kept for a minute if unused.</summary>
public sealed class PreopeningRealtimeApp : RealtimeApp
{
    protected override string PreopenSeconds => "60";
}

/// <summary>The same, with a pre-opened socket kept one second.</summary>
public sealed class BrieflyPreopeningRealtimeApp : RealtimeApp
{
    protected override string PreopenSeconds => "1";
}

/// <summary>The model's socket opened while the phone is answered, so the greeting does not wait for the model's handshake.</summary>
public sealed class RealtimePreopeningTests(PreopeningRealtimeApp realtime) : IClassFixture<PreopeningRealtimeApp>
{
    private FakeRealtimeModel Model => realtime.Model;

    [Fact]
    public async Task TheModelsSocketIsOpenedWhileThePhoneIsAnsweredAndTheStreamTakesIt()
    {
        Model.Greeting = RealtimeApp.Speech(300);
        try
        {
            var accepted = Model.AcceptedSessions;
            var (call, _, token) = await realtime.RingAsync();
            await WaitUntilAsync(() => Model.AcceptedSessions == accepted + 1); // before Twilio has opened any stream

            await using var stream = await TwilioMediaStream.ConnectAsync(realtime.App);
            await stream.StartAsync(call.CallSid, token);

            await WaitUntilAsync(() => stream.Audio.Length >= Model.Greeting.Length);
            Assert.Equal(Model.Greeting, stream.Audio);
            Assert.Equal(accepted + 1, Model.AcceptedSessions);
        }
        finally
        {
            Model.Greeting = [];
        }
    }

    [Fact]
    public async Task AStreamStartingDuringThePreopenedHandshakeWaitsForItRatherThanOpeningASecond()
    {
        Model.HandshakeDelay = TimeSpan.FromMilliseconds(800);
        Model.Greeting = RealtimeApp.Speech(300);
        try
        {
            var accepted = Model.AcceptedSessions;
            var (_, stream) = await realtime.StreamAsync();
            await using var _ = stream;

            await WaitUntilAsync(() => stream.Audio.Length >= Model.Greeting.Length);
            Assert.Equal(accepted + 1, Model.AcceptedSessions);
        }
        finally
        {
            Model.HandshakeDelay = TimeSpan.Zero;
            Model.Greeting = [];
        }
    }

    [Fact]
    public async Task AStreamWithTheWrongTokenNeitherTakesNorClosesTheCallsPreopenedSocket()
    {
        var (open, accepted, configured) = (Model.OpenSessions, Model.AcceptedSessions, realtime.SessionUpdates.Count);
        var (call, _, token) = await realtime.RingAsync();
        await WaitUntilAsync(() => Model.OpenSessions == open + 1);
        await using (var forged = await TwilioMediaStream.ConnectAsync(realtime.App))
        {
            await forged.StartAsync(call.CallSid, new string('0', 32));
            await forged.Closed.WaitAsync(TimeSpan.FromSeconds(5));
        }

        Assert.Equal(open + 1, Model.OpenSessions);
        Assert.Equal(configured, realtime.SessionUpdates.Count);
        await using var stream = await TwilioMediaStream.ConnectAsync(realtime.App);
        await stream.StartAsync(call.CallSid, token);

        await WaitUntilAsync(() => realtime.SessionUpdates.Count > configured); // the call's own stream took it and configured it
        Assert.Equal(accepted + 1, Model.AcceptedSessions);
    }

    [Fact]
    public async Task APreopenedSocketIsClosedWhenTheCallerHangsUpBeforeTheStreamStarts()
    {
        var open = Model.OpenSessions;
        var (call, _, _) = await realtime.RingAsync();
        await WaitUntilAsync(() => Model.OpenSessions == open + 1);

        using var ended = await call.HangUpAsync(0);

        Assert.Equal(HttpStatusCode.NoContent, ended.StatusCode);
        await WaitUntilAsync(() => Model.OpenSessions == open); // long before the minute it would otherwise wait
    }

    [Fact]
    public async Task ACallerHangingUpWhileThePreopenedSocketConnectsLeavesNoModelSessionOpen()
    {
        Model.HandshakeDelay = TimeSpan.FromSeconds(20); // the hang-up, not the handshake's end, decides what happens
        try
        {
            var (open, handshakes, abandoned, accepted) = (Model.OpenSessions, Model.Handshakes, Model.AbandonedHandshakes, Model.AcceptedSessions);
            var (_, stream) = await realtime.StreamAsync();

            await realtime.HangUpDuringTheHandshakeAsync(stream, handshakes, abandoned);

            Assert.Equal(open, Model.OpenSessions);
            Assert.Equal(accepted, Model.AcceptedSessions);
        }
        finally
        {
            Model.HandshakeDelay = TimeSpan.Zero;
        }
    }
}

public sealed class RealtimePreopeningExpiryTests(BrieflyPreopeningRealtimeApp realtime) : IClassFixture<BrieflyPreopeningRealtimeApp>
{
    [Fact]
    public async Task APreopenedSocketNoStreamTakesIsClosedAfterItsWait()
    {
        var open = realtime.Model.OpenSessions;
        await realtime.RingAsync();
        await WaitUntilAsync(() => realtime.Model.OpenSessions == open + 1);

        await WaitUntilAsync(() => realtime.Model.OpenSessions == open); // no hang-up: the wait runs out
    }
}
