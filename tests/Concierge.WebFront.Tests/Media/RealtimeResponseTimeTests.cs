using System.Diagnostics;
using Concierge.Grains.Interfaces.Calls;
using Concierge.TestSupport;
using Orleans;

namespace Concierge.WebFront.Tests.Media;

/// <summary>
/// The response time heard belongs to the reply that answers the caller, not to other audio the model is still sending
/// (its own fixture: the model's greeting here outlasts the caller's interruption).
/// </summary>
public sealed class RealtimeResponseTimeTests(RealtimeApp realtime) : IClassFixture<RealtimeApp>
{
    private const byte GreetingByte = 0x55;

    [Fact]
    public async Task TheResponseTimeHeardIsTheRepliesEvenWhileTheGreetingIsStillStreaming()
    {
        realtime.Model.Greeting = [.. Enumerable.Repeat(GreetingByte, 4000 * 8)];
        realtime.Model.GreetingDeltaBytes = 160; // at real-time pace: still arriving when the caller stops speaking
        realtime.Model.GreetingOutlastsInterruption = true;
        var (call, stream) = await realtime.StreamAsync();
        await using var _ = stream;
        var reply = RealtimeApp.Speech(200);
        realtime.Model.Enqueue(new FakeReply("Hi, it's Sam.", "Hello Sam, what is it about?", reply) { Delay = TimeSpan.FromSeconds(1.5) });
        Assert.NotNull(await stream.NextAsync("media", seconds: 30)); // the greeting is playing

        await stream.SpeakAsync([.. RealtimeApp.Speech(200), .. RealtimeApp.Silence(40)]);

        var turn = await ReplyTurnAsync(call.CallSid, "Hello Sam, what is it about?");
        // The reply's first audio came 1.5 s after the caller stopped; a greeting delta arrives within 20 ms of it. Only the
        // lower bound is asserted: load can delay the reply, never bring it forward.
        Assert.NotNull(turn.LatencyMs);
        Assert.True(turn.LatencyMs >= 1000, $"The response time heard was {turn.LatencyMs} ms: the greeting's audio took the measurement.");
        var afterBargeIn = await AudioAfterBargeInAsync(stream, endsWith: reply); // the reply itself did play
        Assert.DoesNotContain(afterBargeIn, payload => payload.All(b => b == GreetingByte)); // the greeting talked over stays cleared
    }

    /// <summary>The media payloads sent after the first <c>clear</c>, once they end with <paramref name="endsWith"/>.</summary>
    private static async Task<List<byte[]>> AudioAfterBargeInAsync(TwilioMediaStream stream, byte[] endsWith)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            var payloads = stream.Messages.SkipWhile(m => (string?)m["event"] != "clear").Where(m => (string?)m["event"] == "media")
                .Select(m => Convert.FromBase64String((string)m["media"]!["payload"]!)).ToList();
            if (payloads.SelectMany(p => p).TakeLast(endsWith.Length).SequenceEqual(endsWith))
            {
                return payloads;
            }

            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(30), "the reply's audio never reached the caller after the barge-in");
            await Task.Delay(50);
        }
    }

    private async Task<CallTurn> ReplyTurnAsync(string callSid, string text)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            var record = await realtime.App.Grains.GetGrain<ICallGrain>(callSid).GetAsync();
            if (record?.Turns.FirstOrDefault(t => t.Speaker == TurnSpeakers.Concierge && t.Text == text) is { } turn)
            {
                return turn;
            }

            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(30), "the reply's turn never reached the call's record");
            await Task.Delay(50);
        }
    }
}
