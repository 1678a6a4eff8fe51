using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Concierge.TestSupport;

/// <summary>
/// What the fake model does after the caller's next turn: it hears <see cref="CallerText"/>, waits <see cref="Delay"/>,
/// then streams <see cref="Audio"/> (μ-law) in deltas of <see cref="DeltaBytes"/> every <see cref="Pace"/> (pausing
/// <see cref="GapAfterFirstDelta"/> after the first, like a slow model mid-reply), says <see cref="Text"/>, and calls
/// <see cref="Function"/> with <see cref="Arguments"/> when set.
/// </summary>
public sealed record FakeReply(string CallerText, string Text, byte[] Audio)
{
    public TimeSpan Delay { get; init; }

    public TimeSpan Pace { get; init; } = TimeSpan.FromMilliseconds(20);

    public int DeltaBytes { get; init; } = 800;

    public TimeSpan GapAfterFirstDelta { get; init; }

    public string? Function { get; init; }

    public string? Arguments { get; init; }
}

/// <summary>
/// A realtime model on 127.0.0.1 speaking the GA protocol over a WebSocket: <c>session.update</c>, caller audio by
/// <c>input_audio_buffer.append</c> (recorded byte for byte), voice detection by the frames' energy (a frame of μ-law
/// silence, 0xFF, is quiet; anything else is speech) with <c>speech_started</c>/<c>speech_stopped</c>, scripted replies as
/// <c>response.output_audio.delta</c> with transcripts and function-call items, <c>response.done</c>; a reply is cut off
/// when the caller speaks over it (as <c>interrupt_response</c> does), and <c>conversation.item.truncate</c> is recorded.
/// </summary>
public sealed class FakeRealtimeModel : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<FakeReply> replies = new();
    private readonly ConcurrentQueue<JsonNode> received = new();
    private readonly ConcurrentDictionary<WebSocket, byte> open = new();
    private readonly List<byte> audio = [];
    private int accepted;
    private int handshakes;
    private int abandoned;

    private FakeRealtimeModel()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        app = builder.Build();
        app.UseWebSockets();
        app.Run(AcceptAsync);
    }

    /// <summary>e.g. ws://127.0.0.1:41234/v1/realtime.</summary>
    public Uri Endpoint { get; private set; } = null!;

    /// <summary>How long the handshake takes before the socket opens.</summary>
    public TimeSpan HandshakeDelay { get; set; }

    /// <summary>Refuse every handshake with 503.</summary>
    public bool Refuse { get; set; }

    /// <summary>The μ-law said first (the greeting), on the first <c>response.create</c>.</summary>
    public byte[] Greeting { get; set; } = [];

    /// <summary>The greeting's deltas (800 bytes, 100 ms, every 20 ms by default; 160 streams it at real-time pace).</summary>
    public int GreetingDeltaBytes { get; set; } = 800;

    /// <summary>
    /// The greeting goes on when the caller speaks over it, as from a model slow to act on <c>interrupt_response</c>: its
    /// audio keeps arriving after <c>speech_started</c>, and after <c>speech_stopped</c> when the caller was brief.
    /// </summary>
    public bool GreetingOutlastsInterruption { get; set; }

    /// <summary>Keep the caller's audio in <see cref="Audio"/> (a load test turns this off: it would grow without end).</summary>
    public bool RecordAudio { get; set; } = true;

    /// <summary>The reply to every turn once the queued ones are used up; none when null.</summary>
    public FakeReply? EveryTurn { get; set; }

    /// <summary>
    /// Begin every audio delta with <see cref="StampMagic"/> and the <see cref="System.Diagnostics.Stopwatch"/> time it was
    /// sent, so a driver in the same process measures how long the relay took to pass it on (<see cref="TryReadStamp"/>).
    /// </summary>
    public bool StampDeltas { get; set; }

    private const uint StampMagic = 0x504D5453; // "STMP"

    /// <summary>When the fake model sent <paramref name="audio"/>, if it was a stamped delta as it sent it.</summary>
    public static bool TryReadStamp(ReadOnlySpan<byte> audio, out long sentAt)
    {
        sentAt = 0;
        if (audio.Length < 12 || System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(audio) != StampMagic)
        {
            return false;
        }

        sentAt = System.Buffers.Binary.BinaryPrimitives.ReadInt64LittleEndian(audio[4..]);
        return true;
    }

    /// <summary>Sessions whose socket is open now.</summary>
    public int OpenSessions => open.Count;

    public int AcceptedSessions => Volatile.Read(ref accepted);

    /// <summary>Handshakes begun (WebSocket requests not refused), whether or not they became sessions.</summary>
    public int Handshakes => Volatile.Read(ref handshakes);

    /// <summary>Handshakes the client gave up during <see cref="HandshakeDelay"/>: its connection closed before the socket opened.</summary>
    public int AbandonedHandshakes => Volatile.Read(ref abandoned);

    /// <summary>Every message received but audio appends.</summary>
    public IReadOnlyList<JsonNode> Received => [.. received];

    public IReadOnlyList<JsonNode> Truncates => [.. received.Where(m => (string?)m["type"] == "conversation.item.truncate")];

    /// <summary>The caller's audio as appended, all sessions together.</summary>
    public byte[] Audio
    {
        get
        {
            lock (audio)
            {
                return [.. audio];
            }
        }
    }

    public static async Task<FakeRealtimeModel> StartAsync()
    {
        var model = new FakeRealtimeModel();
        await model.app.StartAsync();
        var address = new Uri(model.app.Urls.First());
        model.Endpoint = new Uri($"ws://127.0.0.1:{address.Port}/v1/realtime");
        return model;
    }

    public void Enqueue(FakeReply reply) => replies.Enqueue(reply);

    /// <summary>The model goes away mid-call: every open session is dropped.</summary>
    public void DropAll()
    {
        foreach (var socket in open.Keys)
        {
            socket.Abort();
        }
    }

    public async ValueTask DisposeAsync()
    {
        DropAll();
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task AcceptAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest || Refuse)
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }

        Interlocked.Increment(ref handshakes);
        try
        {
            await Task.Delay(HandshakeDelay, context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            Interlocked.Increment(ref abandoned);
            return; // the client gave up during the handshake: no session
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        Interlocked.Increment(ref accepted);
        open[socket] = 0;
        try
        {
            await new Session(this, socket).RunAsync();
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
        }
        finally
        {
            open.TryRemove(socket, out _);
        }
    }

    private sealed class Session(FakeRealtimeModel model, WebSocket socket)
    {
        private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

        private readonly SemaphoreSlim sending = new(1, 1);
        private bool speaking;
        private bool greeted;
        private int items;
        private CancellationTokenSource? response;

        public async Task RunAsync()
        {
            var buffer = new byte[1 << 16];
            var frame = new byte[1 << 15];
            while (await WebSocketJson.ReceiveTextAsync(socket, buffer) is var length and >= 0)
            {
                // Caller audio, 50 messages a second a stream, is read without building a JSON tree: under load the fake
                // model shares the cores with the app it measures.
                if (AppendedAudio(buffer.AsSpan(0, length), frame) is var audio and >= 0)
                {
                    await HearAsync(frame.AsMemory(0, audio));
                }
                else
                {
                    await HandleAsync(JsonNode.Parse(buffer.AsSpan(0, length))!);
                }
            }
        }

        private async Task HandleAsync(JsonNode message)
        {
            switch ((string?)message["type"])
            {
                case "input_audio_buffer.append":
                    await HearAsync(Convert.FromBase64String((string)message["audio"]!)); // one AppendedAudio could not read
                    return;
                case "session.update":
                    model.received.Enqueue(message);
                    await SendAsync(new JsonObject { ["type"] = "session.updated" });
                    return;
                case "response.create" when !greeted:
                    model.received.Enqueue(message);
                    greeted = true;
                    await RespondAsync(new FakeReply("", "Hello, who's calling?", model.Greeting) { DeltaBytes = model.GreetingDeltaBytes }, interruptible: !model.GreetingOutlastsInterruption);
                    return;
                case "response.create":
                    model.received.Enqueue(message);
                    await RespondAsync(new FakeReply("", "Are you still there?", [])); // a re-prompt the relay asked for
                    return;
                default:
                    model.received.Enqueue(message);
                    return;
            }
        }

        /// <summary>The decoded audio of an <c>input_audio_buffer.append</c> into <paramref name="frame"/>, its length; -1 for any other message.</summary>
        private static int AppendedAudio(ReadOnlySpan<byte> json, byte[] frame)
        {
            var reader = new Utf8JsonReader(json);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return -1;
            }

            var append = false;
            ReadOnlySpan<byte> base64 = default;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var type = reader.ValueTextEquals("type"u8);
                var audio = reader.ValueTextEquals("audio"u8);
                reader.Read();
                if (type)
                {
                    append = reader.TokenType == JsonTokenType.String && reader.ValueTextEquals("input_audio_buffer.append"u8);
                }
                else if (audio && reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped)
                {
                    base64 = reader.ValueSpan;
                }

                reader.Skip(); // a value that is an object or array; nothing for a string
            }

            return append && System.Buffers.Text.Base64.DecodeFromUtf8(base64, frame, out _, out var written) == System.Buffers.OperationStatus.Done ? written : -1;
        }

        private async Task HearAsync(ReadOnlyMemory<byte> frame)
        {
            if (model.RecordAudio)
            {
                lock (model.audio)
                {
                    model.audio.AddRange(frame.Span);
                }
            }

            var loud = frame.Span.ContainsAnyExcept((byte)0xFF, (byte)0x7F);
            if (loud && !speaking)
            {
                speaking = true;
                response?.Cancel(); // interrupt_response: the caller talks over the reply
                await SendAsync(new JsonObject { ["type"] = "input_audio_buffer.speech_started", ["item_id"] = "in" + items });
            }
            else if (!loud && speaking)
            {
                speaking = false;
                await SendAsync(new JsonObject { ["type"] = "input_audio_buffer.speech_stopped", ["item_id"] = "in" + items });
                if (model.replies.TryDequeue(out var reply) || (reply = model.EveryTurn) is not null)
                {
                    await SendAsync(new JsonObject
                    {
                        ["type"] = "conversation.item.input_audio_transcription.completed", ["item_id"] = "in" + items, ["transcript"] = reply.CallerText,
                    });
                    await RespondAsync(reply);
                }
            }
        }

        /// <summary>
        /// Waits at least <paramref name="delay"/> by <see cref="System.Diagnostics.Stopwatch"/>, the clock the drivers measure
        /// the response time heard with. Timers run on a coarser clock: by the Stopwatch, Task.Delay(300) returned early in 92
        /// of 200 tries here (after as little as 296.5 ms), so a reply could be heard "before" the model's delay on a quiet
        /// machine.
        /// </summary>
        private static async Task DelayAtLeastAsync(TimeSpan delay, CancellationToken cancellationToken)
        {
            var start = System.Diagnostics.Stopwatch.GetTimestamp();
            await Task.Delay(delay, cancellationToken);
            while (System.Diagnostics.Stopwatch.GetElapsedTime(start) < delay)
            {
                await Task.Delay(1, cancellationToken);
            }
        }

        /// <summary>
        /// A response: created at once, in order with the events before it (as the real model does, so that a response
        /// asked for before the caller spoke is never taken for the answer to them), then its audio after the reply's delay.
        /// </summary>
        private async Task RespondAsync(FakeReply reply, bool interruptible = true)
        {
            var cancel = new CancellationTokenSource();
            if (interruptible)
            {
                response = cancel;
            }

            var item = "item" + Interlocked.Increment(ref items);
            var id = "resp_" + item;
            await SendAsync(new JsonObject { ["type"] = "response.created", ["response"] = new JsonObject { ["id"] = id } });
            _ = Task.Run(async () =>
            {
                try
                {
                    await DelayAtLeastAsync(reply.Delay, cancel.Token);
                    var first = true;
                    foreach (var chunk in reply.Audio.Chunk(reply.DeltaBytes))
                    {
                        cancel.Token.ThrowIfCancellationRequested();
                        if (model.StampDeltas && chunk.Length >= 12)
                        {
                            System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(chunk, StampMagic);
                            System.Buffers.Binary.BinaryPrimitives.WriteInt64LittleEndian(chunk.AsSpan(4), System.Diagnostics.Stopwatch.GetTimestamp());
                        }

                        await SendAsync(new JsonObject { ["type"] = "response.output_audio.delta", ["response_id"] = id, ["item_id"] = item, ["delta"] = Convert.ToBase64String(chunk) });
                        await Task.Delay(first && reply.GapAfterFirstDelta > TimeSpan.Zero ? reply.GapAfterFirstDelta : reply.Pace, cancel.Token);
                        first = false;
                    }

                    await SendAsync(new JsonObject { ["type"] = "response.output_audio_transcript.done", ["response_id"] = id, ["item_id"] = item, ["transcript"] = reply.Text });
                    if (reply.Function is { } function)
                    {
                        await SendAsync(new JsonObject
                        {
                            ["type"] = "response.output_item.done", ["response_id"] = id,
                            ["item"] = new JsonObject
                            {
                                ["id"] = "fc" + item, ["type"] = "function_call", ["name"] = function, ["call_id"] = "call_" + item, ["arguments"] = reply.Arguments ?? "{}",
                            },
                        });
                    }

                    await SendAsync(new JsonObject { ["type"] = "response.done", ["response"] = new JsonObject { ["id"] = id, ["status"] = "completed" } });
                }
                catch (OperationCanceledException)
                {
                    await SendAsync(new JsonObject { ["type"] = "response.done", ["response"] = new JsonObject { ["id"] = id, ["status"] = "cancelled" } });
                }
                catch (Exception e) when (e is WebSocketException or ObjectDisposedException)
                {
                }
            });
        }

        private async Task SendAsync(JsonObject message)
        {
            var bytes = Encoding.UTF8.GetBytes(message.ToJsonString(Json));
            await sending.WaitAsync();
            try
            {
                await socket.SendAsync(bytes, WebSocketMessageType.Text, true, CancellationToken.None);
            }
            finally
            {
                sending.Release();
            }
        }
    }
}
