using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Concierge.Grains.Interfaces.Twilio;
using Concierge.Simulator.Protocol;

namespace Concierge.Simulator.Media;

/// <summary>
/// Twilio's side of one media stream: the handshake signed over the Stream URL the TwiML named, the <c>start</c> with the
/// call's parameters, caller frames as <c>media</c> messages, and what the concierge sends back seen as it arrives
/// (audio, <c>clear</c>, <c>mark</c>s echoed as their audio would have played: <see cref="StreamPlayback"/>). Times are
/// <see cref="Stopwatch"/> timestamps.
/// </summary>
public sealed class MediaStreamClient : IAsyncDisposable
{
    private readonly ClientWebSocket socket;
    private readonly SemaphoreSlim sending = new(1, 1);
    private readonly string streamSid;
    private readonly StreamPlayback playback;
    private readonly CancellationTokenSource closing = new();
    private Task receiving = Task.CompletedTask;
    private Task playing = Task.CompletedTask;

    private MediaStreamClient(ClientWebSocket socket, string streamSid)
    {
        this.socket = socket;
        this.streamSid = streamSid;
        playback = new StreamPlayback(EchoMarkAsync);
    }

    /// <summary>Audio received, decoded, with the time it arrived.</summary>
    public event Action<ReadOnlyMemory<byte>, long>? AudioReceived;

    /// <summary>A <c>clear</c> arrived (at the given time): the concierge stopped its reply because the caller spoke.</summary>
    public event Action<long>? Cleared;

    /// <summary>When the last audio arrived (0 before any).</summary>
    public long LastAudioAt { get; private set; }

    /// <summary>Ends when the concierge closes the stream (or it fails).</summary>
    public Task Closed => receiving;

    /// <summary>
    /// Opens the stream at <paramref name="server"/> (where the concierge listens) as Twilio opens <paramref name="streamUrl"/>
    /// (the URL in the TwiML, which the signature covers) and sends the start.
    /// </summary>
    public static async Task<MediaStreamClient> ConnectAsync(
        Uri server, TwilioAccount account, string streamUrl, string callSid, IReadOnlyDictionary<string, string> parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(server);
        ArgumentNullException.ThrowIfNull(account);
        var socket = new ClientWebSocket();
        socket.Options.SetRequestHeader(TwilioSignature.HeaderName, TwilioSignature.Sign(streamUrl, [], account.AuthToken));
        var target = new UriBuilder(server) { Scheme = server.Scheme == Uri.UriSchemeHttps ? "wss" : "ws", Path = new Uri(streamUrl).AbsolutePath }.Uri;
        try
        {
            await socket.ConnectAsync(target, cancellationToken);
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        var client = new MediaStreamClient(socket, "MZ" + callSid[2..]);
        client.playing = client.playback.RunAsync(client.closing.Token);
        client.receiving = client.ReceiveAsync();
        await client.SendAsync(client.Start(callSid, parameters), cancellationToken);
        return client;
    }

    /// <summary>The <c>media</c> message carrying <paramref name="frame"/>: built once per distinct frame, sent as often as needed.</summary>
    public byte[] MediaMessage(ReadOnlySpan<byte> frame) =>
        Encoding.UTF8.GetBytes($$$"""{"event":"media","streamSid":"{{{streamSid}}}","media":{"track":"inbound","payload":"{{{Convert.ToBase64String(frame)}}}"}}""");

    public Task SendAsync(byte[] message, CancellationToken cancellationToken = default) => SendLockedAsync(message, cancellationToken);

    /// <summary>The caller hung up: Twilio sends <c>stop</c> and closes.</summary>
    public async Task StopAsync()
    {
        try
        {
            await SendAsync(Encoding.UTF8.GetBytes($$$"""{"event":"stop","streamSid":"{{{streamSid}}}","stop":{}}"""));
            await sending.WaitAsync();
            try
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", CancellationToken.None);
            }
            finally
            {
                sending.Release();
            }
        }
        catch (Exception e) when (e is WebSocketException or ObjectDisposedException or InvalidOperationException or OperationCanceledException)
        {
            // the concierge closed first: a socket whose connection is already closed fails a send as cancelled (this one has
            // no token), which the load driver used to count as a failed call
        }
    }

    public async ValueTask DisposeAsync()
    {
        socket.Abort();
        await receiving;
        await closing.CancelAsync();
        await playing;
        socket.Dispose();
        sending.Dispose();
        closing.Dispose();
        playback.Dispose();
    }

    private byte[] Start(string callSid, IReadOnlyDictionary<string, string> parameters) => Message("start", json =>
    {
        json.WriteStartObject("start");
        json.WriteString("streamSid", streamSid);
        json.WriteString("callSid", callSid);
        json.WriteStartObject("mediaFormat");
        json.WriteString("encoding", "audio/x-mulaw");
        json.WriteNumber("sampleRate", 8000);
        json.WriteNumber("channels", 1);
        json.WriteEndObject();
        json.WriteStartObject("customParameters");
        foreach (var (name, value) in parameters)
        {
            json.WriteString(name, value);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    });

    private Task EchoMarkAsync(string name) => SendLockedAsync(Message("mark", json =>
    {
        json.WriteStartObject("mark");
        json.WriteString("name", name);
        json.WriteEndObject();
    }), CancellationToken.None);

    /// <summary>A message of this stream as Twilio writes it: its event, the stream, and what <paramref name="body"/> adds.</summary>
    private byte[] Message(string kind, Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("event", kind);
            json.WriteString("streamSid", streamSid);
            body(json);
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private async Task SendLockedAsync(ReadOnlyMemory<byte> message, CancellationToken cancellationToken)
    {
        await sending.WaitAsync(cancellationToken);
        try
        {
            await socket.SendAsync(message, WebSocketMessageType.Text, true, cancellationToken);
        }
        finally
        {
            sending.Release();
        }
    }

    private async Task ReceiveAsync()
    {
        var buffer = new byte[1 << 16];
        try
        {
            while (true)
            {
                var length = 0;
                ValueWebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer.AsMemory(length), CancellationToken.None);
                    length += result.Count;
                }
                while (!result.EndOfMessage && result.MessageType != WebSocketMessageType.Close);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                Handle(buffer.AsMemory(0, length), Stopwatch.GetTimestamp());
            }
        }
        catch (Exception e) when (e is WebSocketException or ObjectDisposedException or OperationCanceledException or InvalidOperationException or JsonException)
        {
            // the stream is gone
        }
    }

    private void Handle(ReadOnlyMemory<byte> json, long at)
    {
        using var message = JsonDocument.Parse(json);
        var root = message.RootElement;
        switch (root.TryGetProperty("event", out var kind) ? kind.GetString() : null)
        {
            case "media" when root.TryGetProperty("media", out var media) && media.TryGetProperty("payload", out var payload):
                LastAudioAt = at;
                var audio = payload.GetBytesFromBase64();
                playback.Audio(audio.Length, at);
                AudioReceived?.Invoke(audio, at);
                break;
            case "clear":
                playback.Clear(at);
                Cleared?.Invoke(at);
                break;
            case "mark" when root.TryGetProperty("mark", out var mark) && mark.TryGetProperty("name", out var name):
                playback.Mark(name.GetString() ?? "", at);
                break;
        }
    }
}
