using System.Diagnostics;
using System.Net.WebSockets;
using Concierge.Grains.Interfaces.Calls;
using Concierge.Grains.Interfaces.Twilio;
using Concierge.TestSupport;
using Concierge.WebFront.Media;
using Microsoft.Extensions.DependencyInjection;
using Orleans;
using static Concierge.WebFront.Tests.Media.RealtimeApp;

namespace Concierge.WebFront.Tests.Media;

/// <summary>Realtime voice end to end: signed handshake, the relay to a fake realtime model, decisions, failures.</summary>
public sealed class RealtimeCallTests(RealtimeApp realtime) : IClassFixture<RealtimeApp>
{
    private FakeRealtimeModel Model => realtime.Model;

    [Fact]
    public async Task ARealtimeCallIsConnectedToTheMediaStreamWithAOneTimeToken()
    {
        var (call, twiml, token) = await realtime.RingAsync();

        var connect = twiml.Root.Element("Connect");
        Assert.Equal("https://concierge.example.com/twilio/stream-ended", connect?.Attribute("action")?.Value);
        Assert.Equal(TwilioMediaStream.SignedUrl, connect?.Element("Stream")?.Attribute("url")?.Value);
        Assert.Equal(32, token.Length);
        Assert.Contains(connect!.Descendants("Parameter"), p => p.Attribute("name")?.Value == "callSid" && p.Attribute("value")?.Value == call.CallSid);
    }

    [Fact]
    public async Task AHandshakeWithoutTwilioSignatureIsRefused()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => TwilioMediaStream.ConnectAsync(realtime.App, signature: "bm90IGEgc2lnbmF0dXJl"));

        Assert.Contains("403", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AStartWithAWrongOrReusedTokenIsRefused()
    {
        var (call, _, token) = await realtime.RingAsync();
        await using var wrong = await TwilioMediaStream.ConnectAsync(realtime.App);
        await wrong.StartAsync(call.CallSid, new string('0', 32));
        await wrong.Closed.WaitAsync(TimeSpan.FromSeconds(5));
        var sessions = Model.AcceptedSessions;
        await using var first = await TwilioMediaStream.ConnectAsync(realtime.App);
        await first.StartAsync(call.CallSid, token);
        await WaitUntilAsync(() => Model.AcceptedSessions > sessions); // the model is only reached once the token is accepted
        await using var second = await TwilioMediaStream.ConnectAsync(realtime.App);
        await second.StartAsync(call.CallSid, token);

        await second.Closed.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(WebSocketCloseStatus.PolicyViolation, wrong.Socket.CloseStatus);
        Assert.Equal(WebSocketCloseStatus.PolicyViolation, second.Socket.CloseStatus);
        Assert.False(first.Closed.IsCompleted);
        Assert.Equal(sessions + 1, Model.AcceptedSessions);
    }

    [Fact]
    public async Task CallerAudioBeforeTheModelOpensIsDeliveredAndRepliesComeBackByteExact()
    {
        Model.HandshakeDelay = TimeSpan.FromMilliseconds(800);
        Model.Greeting = [.. Enumerable.Range(0, 4000).Select(i => (byte)(i % 251))];
        try
        {
            var (_, stream) = await realtime.StreamAsync();
            await using var _ = stream;
            // Quiet but not constant (μ-law's two zeros), so that the model hears it without taking it for speech over its greeting.
            var early = Enumerable.Range(0, 500 * 8).Select(i => (byte)(i % 3 == 0 ? 0x7F : 0xFF)).ToArray();
            await stream.SpeakAsync(early);

            await WaitUntilAsync(() => stream.Audio.Length >= Model.Greeting.Length && Model.Audio.Length >= early.Length);
            Assert.Equal(Model.Greeting, stream.Audio);
            Assert.Equal(early, Model.Audio[^early.Length..]);
        }
        finally
        {
            Model.HandshakeDelay = TimeSpan.Zero;
            Model.Greeting = [];
        }
    }

    [Fact]
    public async Task BargeInClearsAndTruncatesAtTheAudioTheCallerHeard()
    {
        var (_, stream) = await realtime.StreamAsync();
        await using var _ = stream;
        // The first reply plays out in full; the second is slow (a gap after its first 100 ms) and the caller talks over it.
        Model.Enqueue(new FakeReply("Hi, it's Sam.", "Hello Sam.", RealtimeApp.Speech(400)));
        Model.Enqueue(new FakeReply("About the car.", "I see, one moment.", RealtimeApp.Speech(2000)) { GapAfterFirstDelta = TimeSpan.FromSeconds(2) });
        await stream.SpeakAsync([.. RealtimeApp.Speech(200), .. RealtimeApp.Silence(40)]);
        await WaitUntilAsync(() => stream.Messages.Count(m => (string?)m["event"] == "mark") >= 4); // 400 ms in deltas of 100 ms
        await Task.Delay(200);
        await stream.SpeakAsync([.. RealtimeApp.Speech(200), .. RealtimeApp.Silence(40)]);
        await WaitUntilAsync(() => stream.Audio.Length > 400 * 8);

        await stream.SpeakAsync(RealtimeApp.Speech(100));

        Assert.NotNull(await stream.NextAsync("clear"));
        await WaitUntilAsync(() => Model.Truncates.Count > 0);
        Assert.Equal(100, (int)Model.Truncates[0]["audio_end_ms"]!); // one delta of the second reply was heard, not the first reply's 400 ms on top
    }

    [Fact]
    public async Task ReplyAudioIsMarkedEveryHundredMillisecondsNotAfterEachOfTheModelsDeltas()
    {
        var (_, stream) = await realtime.StreamAsync();
        await using var _ = stream;
        Model.Enqueue(new FakeReply("Hi, it's Sam.", "Hello Sam.", RealtimeApp.Speech(450)) { DeltaBytes = 160 }); // 20 ms deltas

        await stream.SpeakAsync([.. RealtimeApp.Speech(200), .. RealtimeApp.Silence(40)]);

        await WaitUntilAsync(() => stream.Audio.Length >= 450 * 8 && stream.Messages.Count(m => (string?)m["event"] == "mark") >= 5);
        await Task.Delay(300);
        Assert.Equal(5, stream.Messages.Count(m => (string?)m["event"] == "mark")); // four of 100 ms, one after the last 50 ms
        Assert.Equal(23, stream.Messages.Count(m => (string?)m["event"] == "media"));
    }

    [Fact]
    public async Task ATransferToolCallDrivesTheDialAtTheConnectAction()
    {
        var (call, stream) = await realtime.StreamAsync();
        await using var _ = stream;
        Model.Enqueue(new FakeReply("It's Sam, there's been an accident.", "I'll put you through.", RealtimeApp.Speech(200))
        {
            Function = StreamTools.TransferCall, Arguments = """{"reason":"Family emergency","urgency":"high","caller_name":"Sam","purpose":"an accident"}""",
        });

        await stream.SpeakAsync([.. RealtimeApp.Speech(200), .. RealtimeApp.Silence(40)]);

        await stream.Closed.WaitAsync(TimeSpan.FromSeconds(10)); // the relay closes the stream once the decision is recorded
        var next = await call.PostTwimlAsync("/twilio/stream-ended", []);
        Assert.Equal(ConciergeAppFactory.OwnerPhone, next.DialedNumber?.Value);
        var record = await realtime.App.Grains.GetGrain<ICallGrain>(call.CallSid).GetAsync();
        Assert.Equal(("Sam", "realtime model"), (record!.CallerName, record.DecidedBy));
        Assert.Contains(record.Turns, t => t.Speaker == TurnSpeakers.Caller && t.Text == "It's Sam, there's been an accident.");
        Assert.Contains(record.Turns, t => t.Speaker == TurnSpeakers.Concierge && t.Text == "I'll put you through." && t.LatencyMs is not null);
    }

    [Fact]
    public async Task AModelDroppingMidCallMovesTheCallerToGatherScreeningWithinASecond()
    {
        var (call, stream) = await realtime.StreamAsync();
        await using var _ = stream;
        Model.Enqueue(new FakeReply("It's Sam.", "Hello Sam, what is it about?", RealtimeApp.Speech(200)));
        await stream.SpeakAsync([.. RealtimeApp.Speech(200), .. RealtimeApp.Silence(40)]);
        await WaitUntilAsync(() => stream.Audio.Length >= 200 * 8);
        await Task.Delay(300);

        var dropped = Stopwatch.StartNew();
        Model.DropAll();
        await stream.Closed.WaitAsync(TimeSpan.FromSeconds(5));
        dropped.Stop();

        Assert.True(dropped.Elapsed < TimeSpan.FromSeconds(1), $"closed after {dropped.Elapsed}");
        var next = await call.PostTwimlAsync("/twilio/stream-ended", []);
        Assert.True(next.Listens);
        var record = await realtime.App.Grains.GetGrain<ICallGrain>(call.CallSid).GetAsync();
        Assert.Contains(record!.Turns, t => t.Speaker == TurnSpeakers.Caller && t.Text == "It's Sam.");
        Assert.Contains(record.Turns, t => t.Speaker == TurnSpeakers.Concierge && t.Text == "Hello Sam, what is it about?");
    }

    [Fact]
    public async Task TheFillerPlaysWhenNoReplyAudioCame800MsAfterTheCallerStopped()
    {
        var (call, stream) = await realtime.StreamAsync();
        await using var _ = stream;
        stream.AckMarks = false; // the clip is still playing when the reply comes
        // The reply is slow enough that a loaded machine still plays the filler before it; only the lower bound is timed,
        // since load can only delay the filler, never bring it forward.
        Model.Enqueue(new FakeReply("It's Sam.", "Hello Sam.", RealtimeApp.Speech(200)) { Delay = TimeSpan.FromSeconds(3) });
        await stream.SpeakAsync([.. RealtimeApp.Speech(200), .. RealtimeApp.Silence(20)]);
        var stopped = Stopwatch.StartNew();

        var filler = await stream.NextAsync("media");
        var fillerAt = stopped.Elapsed;
        await WaitUntilAsync(() => stream.Messages.Count(m => (string?)m["event"] == "clear") == 1);

        var clip = realtime.App.Services.GetRequiredService<FillerClips>().For("en-US")[0];
        Assert.Equal(System.Text.Encoding.ASCII.GetString(clip), (string?)filler?["media"]?["payload"]);
        Assert.True(fillerAt >= TimeSpan.FromMilliseconds(750), $"The filler started {fillerAt.TotalMilliseconds:F0} ms after the caller stopped.");
        await WaitUntilAsync(async () => (await realtime.App.Grains.GetGrain<ICallGrain>(call.CallSid).GetAsync())!.Turns.Any(t => t.Text.Contains("one moment", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ACallerHangingUpWhileTheModelConnectsLeavesNoModelSessionOpen()
    {
        Model.HandshakeDelay = TimeSpan.FromSeconds(20); // the hang-up, not the handshake's end, decides what happens
        try
        {
            var (handshakes, abandoned, accepted) = (Model.Handshakes, Model.AbandonedHandshakes, Model.AcceptedSessions);
            var (_, stream) = await realtime.StreamAsync();

            await realtime.HangUpDuringTheHandshakeAsync(stream, handshakes, abandoned);

            Assert.Equal(0, Model.OpenSessions);
            Assert.Equal(accepted, Model.AcceptedSessions);
        }
        finally
        {
            Model.HandshakeDelay = TimeSpan.Zero;
        }
    }
}
