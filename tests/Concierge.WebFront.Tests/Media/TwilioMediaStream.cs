using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Concierge.Grains.Interfaces.Twilio;
using Concierge.TestSupport;
using Microsoft.AspNetCore.TestHost;

namespace Concierge.WebFront.Tests.Media;

/// <summary>Twilio's side of a media stream to the app: the signed handshake, start, μ-law frames, marks acknowledged.</summary>
public sealed class TwilioMediaStream : IAsyncDisposable
{
    public const string SignedUrl = "wss://concierge.example.com/twilio/stream";

    private readonly Channel<JsonNode> received = Channel.CreateUnbounded<JsonNode>();
    private readonly Task receiving;

    private TwilioMediaStream(WebSocket socket)
    {
        Socket = socket;
        receiving = ReceiveAsync();
    }

    public WebSocket Socket { get; }

    /// <summary>Acknowledge each mark as soon as it arrives (the audio before it "played" at once).</summary>
    public bool AckMarks { get; set; } = true;

    private readonly List<JsonNode> messages = [];

    /// <summary>Every message the app sent so far, in order.</summary>
    public IReadOnlyList<JsonNode> Messages
    {
        get
        {
            lock (messages)
            {
                return [.. messages];
            }
        }
    }

    public Task Closed => receiving;

    public static async Task<TwilioMediaStream> ConnectAsync(ConciergeAppFactory app, string? signature = null)
    {
        var client = app.Server.CreateWebSocketClient();
        client.ConfigureRequest = request => request.Headers[TwilioSignature.HeaderName] = signature ?? TwilioSignature.Sign(SignedUrl, [], ConciergeAppFactory.AuthToken);
        var socket = await client.ConnectAsync(new Uri("ws://localhost/twilio/stream"), CancellationToken.None);
        return new TwilioMediaStream(socket);
    }

    public Task StartAsync(string callSid, string token) => SendAsync(new JsonObject
    {
        ["event"] = "start", ["sequenceNumber"] = "1", ["streamSid"] = "MZ" + callSid,
        ["start"] = new JsonObject
        {
            ["accountSid"] = "AC0", ["streamSid"] = "MZ" + callSid, ["callSid"] = callSid, ["tracks"] = new JsonArray("inbound"),
            ["mediaFormat"] = new JsonObject { ["encoding"] = "audio/x-mulaw", ["sampleRate"] = 8000, ["channels"] = 1 },
            ["customParameters"] = new JsonObject { ["callSid"] = callSid, ["token"] = token },
        },
    });

    /// <summary>Sends <paramref name="audio"/> as 20 ms frames, at real-time pace when <paramref name="paced"/>.</summary>
    public async Task SpeakAsync(byte[] audio, bool paced = false)
    {
        foreach (var frame in audio.Chunk(160))
        {
            await SendAsync(new JsonObject { ["event"] = "media", ["streamSid"] = "MZ", ["media"] = new JsonObject { ["track"] = "inbound", ["payload"] = Convert.ToBase64String(frame) } });
            if (paced)
            {
                await Task.Delay(20);
            }
        }
    }

    public Task SendAsync(JsonNode message) =>
        Socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None);

    /// <summary>The next message of <paramref name="type"/> (event), or null after <paramref name="seconds"/>.</summary>
    public async Task<JsonNode?> NextAsync(string type, double seconds = 5)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        try
        {
            while (true)
            {
                var message = await received.Reader.ReadAsync(timeout.Token);
                if ((string?)message["event"] == type)
                {
                    return message;
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or ChannelClosedException)
        {
            return null;
        }
    }

    /// <summary>The relayed audio, decoded, from the media messages received so far.</summary>
    public byte[] Audio => [.. Messages.Where(m => (string?)m["event"] == "media").SelectMany(m => Convert.FromBase64String((string)m["media"]!["payload"]!))];

    public async ValueTask DisposeAsync()
    {
        Socket.Abort();
        try
        {
            await receiving;
        }
        catch (Exception)
        {
        }

        Socket.Dispose();
    }

    private async Task ReceiveAsync()
    {
        var buffer = new byte[1 << 16];
        try
        {
            while (await WebSocketJson.ReceiveAsync(Socket, buffer) is { } message)
            {
                lock (messages)
                {
                    messages.Add(message);
                }

                if ((string?)message["event"] == "mark" && AckMarks)
                {
                    await SendAsync(new JsonObject { ["event"] = "mark", ["streamSid"] = "MZ", ["mark"] = new JsonObject { ["name"] = (string?)message["mark"]!["name"] } });
                }

                await received.Writer.WriteAsync(message);
            }
        }
        catch (Exception e) when (e is WebSocketException or IOException or OperationCanceledException)
        {
            // the app dropped the stream
        }
        finally
        {
            received.Writer.TryComplete();
        }
    }
}
