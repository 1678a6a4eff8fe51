using Concierge.Simulator.Calls;
using Concierge.Simulator.Protocol;
using Concierge.TestSupport;

namespace Concierge.WebFront.Tests.Media;

/// <summary>The app with realtime voice as the default mode, its model a <see cref="FakeRealtimeModel"/> on 127.0.0.1.</summary>
public class RealtimeApp : IAsyncLifetime
{
    public FakeRealtimeModel Model { get; private set; } = null!;

    public ConciergeAppFactory App { get; } = new();

    /// <summary>Long enough that no test meets the silence handling unless it asks to.</summary>
    protected virtual string SilenceSeconds => "30";

    /// <summary>
    /// Off: these tests watch the relay open the model's socket when the stream starts, and count the model's sessions;
    /// <see cref="PreopeningRealtimeApp"/> turns pre-opening on for the tests of it.
    /// </summary>
    protected virtual string PreopenSeconds => "0";

    public async Task InitializeAsync()
    {
        Model = await FakeRealtimeModel.StartAsync();
        App.Settings["Concierge:Voice:Mode"] = "realtime";
        App.Settings["Concierge:Realtime:Endpoint"] = Model.Endpoint.ToString();
        App.Settings["Concierge:Realtime:ApiKey"] = "test-realtime-key";
        App.Settings["Concierge:Realtime:SilenceSeconds"] = SilenceSeconds;
        App.Settings["Concierge:Realtime:PreopenSeconds"] = PreopenSeconds;
        App.Settings["Concierge:Realtime:ConnectTimeoutMs"] = "30000"; // a handshake the tests hold open ends by hang-up, never by timeout
        await BeforeStartAsync();
        _ = App.Server; // start it
    }

    /// <summary>Runs just before the app starts: a subclass starts its own fakes and adds their settings here.</summary>
    protected virtual Task BeforeStartAsync() => Task.CompletedTask;

    public virtual async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await Model.DisposeAsync();
    }

    /// <summary>The session.update messages the model received so far, all sessions, in order.</summary>
    public List<System.Text.Json.Nodes.JsonNode> SessionUpdates => [.. Model.Received.Where(m => (string?)m["type"] == "session.update")];

    /// <summary>A call rung in (<paramref name="call"/>, or a new one to the default company): its TwiML and the stream token it carries.</summary>
    public async Task<(SimulatedCall Call, Twiml Twiml, string Token)> RingAsync(SimulatedCall? call = null)
    {
        call ??= App.NewCall();
        var twiml = await call.RingAsync();
        var token = twiml.Root.Descendants("Parameter").FirstOrDefault(p => p.Attribute("name")?.Value == "token")?.Attribute("value")?.Value ?? "";
        return (call, twiml, token);
    }

    /// <summary>A started stream for <paramref name="call"/>, or for a new call to the default company.</summary>
    public async Task<(SimulatedCall Call, TwilioMediaStream Stream)> StreamAsync(SimulatedCall? call = null)
    {
        (call, _, var token) = await RingAsync(call);
        var stream = await TwilioMediaStream.ConnectAsync(App);
        await stream.StartAsync(call.CallSid, token);
        await Task.Delay(300); // the greeting is said before the caller speaks
        return (call, stream);
    }

    /// <summary>
    /// Hangs up <paramref name="stream"/> while the model's handshake (held open by <see cref="FakeRealtimeModel.HandshakeDelay"/>)
    /// is under way, and waits until the model sees the client give it up: a fixed wait would pass or fail with the load.
    /// </summary>
    public async Task HangUpDuringTheHandshakeAsync(TwilioMediaStream stream, int handshakes, int abandoned)
    {
        await WaitUntilAsync(() => Model.Handshakes > handshakes);
        await stream.SendAsync(System.Text.Json.Nodes.JsonNode.Parse("""{"event":"stop","streamSid":"MZ","stop":{}}""")!);
        await stream.DisposeAsync();
        await WaitUntilAsync(() => Model.AbandonedHandshakes > abandoned);
    }

    /// <summary><paramref name="ms"/> of speech-like μ-law (not silence).</summary>
    public static byte[] Speech(int ms) => [.. Enumerable.Range(0, ms * 8).Select(i => (byte)(0x10 + (i % 0x60)))];

    public static byte[] Silence(int ms) => [.. Enumerable.Repeat((byte)0xFF, ms * 8)];

    /// <summary>Waits until <paramref name="condition"/> holds, checking every 20 ms; fails after <paramref name="within"/> (10 s by default).</summary>
    public static Task WaitUntilAsync(Func<bool> condition, TimeSpan? within = null) => WaitUntilAsync(() => Task.FromResult(condition()), within);

    /// <inheritdoc cref="WaitUntilAsync(Func{bool}, TimeSpan?)"/>
    public static async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan? within = null)
    {
        var deadline = System.Diagnostics.Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(deadline.Elapsed < (within ?? TimeSpan.FromSeconds(10)), "timed out waiting");
            await Task.Delay(20);
        }
    }
}
