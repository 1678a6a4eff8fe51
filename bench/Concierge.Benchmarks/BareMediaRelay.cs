using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Concierge.TestSupport;
using Concierge.WebFront.Media;

namespace Concierge.Benchmarks;

/// <summary>
/// The media suite's floor: the least any relay between a Twilio media stream and the realtime model does on this stack
/// (Kestrel's WebSocket on Twilio's side, <see cref="ClientWebSocket"/> on the model's), run as a process of its own
/// (<c>dotnet Concierge.Benchmarks.dll bare-relay --urls …</c>) and driven like the app. It answers the ring with a
/// Connect/Stream, relays each caller frame as an append and each reply delta as a media message (the base64 copied, not
/// decoded), sends a mark every 100 ms of reply and a clear when the model hears the caller start speaking: the same
/// messages both ways as the app. No signature, token, state, timer, log, grain or store. The app's CPU per frame is
/// reported as a multiple of it.
/// </summary>
internal static class BareMediaRelay
{
    public const string Command = "bare-relay";

    /// <summary>How <see cref="MediaLoad"/> starts it.</summary>
    public static IReadOnlyList<string> Program => FloorProcess.Program(Command);

    public static async Task RunAsync(string[] args)
    {
        var model = new Uri(Environment.GetEnvironmentVariable("Concierge__Realtime__Endpoint")
            ?? throw new InvalidOperationException("Concierge__Realtime__Endpoint names the model"));
        var app = FloorProcess.CreateApp(args);
        app.UseWebSockets();
        app.MapPost("/twilio/voice", async (HttpRequest request) =>
        {
            var form = await request.ReadFormAsync();
            var stream = $"wss://{request.Host}/twilio/stream";
            return Results.Text(
                $"""<Response><Connect action="http://{request.Host}/twilio/stream-ended"><Stream url="{stream}"><Parameter name="callSid" value="{form["CallSid"]}"/></Stream></Connect></Response>""",
                "application/xml");
        });
        app.Map("/twilio/stream", async context =>
        {
            using var twilio = await context.WebSockets.AcceptWebSocketAsync();
            await new BareRelayStream(twilio, model).RunAsync();
        });
        app.MapPost("/{**rest}", () => Results.Text("<Response><Hangup/></Response>", "application/xml"));
        await app.RunAsync();
    }
}

/// <summary>
/// One stream of <see cref="BareMediaRelay"/>, read and written with the app's own one-pass reader and writer of Twilio's
/// messages (the least a relay can do with them). Each socket has one sender, the loop reading the other socket: no send lock.
/// </summary>
internal sealed class BareRelayStream(WebSocket twilio, Uri modelEndpoint)
{
    private const int MarkEveryBase64Bytes = 100 * 8 * 4 / 3; // 100 ms of μ-law, as base64

    private static ReadOnlySpan<byte> AppendHead => "{\"type\":\"input_audio_buffer.append\",\"audio\":\""u8;

    private readonly byte[] toModel = new byte[1 << 16];
    private readonly byte[] toTwilio = new byte[1 << 16];
    private readonly byte[] markName = new byte[16];
    private ClientWebSocket? model;
    private TwilioMediaWriter writer = new("");
    private int unmarked;
    private int marks;

    public async Task RunAsync()
    {
        var buffer = new byte[1 << 16];
        Task modelLoop = Task.CompletedTask;
        try
        {
            while (await ReceiveAsync(twilio, buffer) is var length and > 0)
            {
                var message = TwilioMediaMessage.Read(buffer.AsSpan(0, length));
                if (message.Kind == TwilioMediaEvent.Media && model is not null)
                {
                    AppendHead.CopyTo(toModel);
                    message.Payload.CopyTo(toModel.AsSpan(AppendHead.Length));
                    "\"}"u8.CopyTo(toModel.AsSpan(AppendHead.Length + message.Payload.Length));
                    var sent = AppendHead.Length + message.Payload.Length + 2;
                    await model.SendAsync(toModel.AsMemory(0, sent), WebSocketMessageType.Text, true, CancellationToken.None);
                }
                else if (message.Kind == TwilioMediaEvent.Start)
                {
                    writer = new TwilioMediaWriter(message.Start!.StreamSid);
                    model = new ClientWebSocket();
                    await model.ConnectAsync(modelEndpoint, CancellationToken.None);
                    modelLoop = RelayModelAsync(model);
                }
                else if (message.Kind == TwilioMediaEvent.Stop)
                {
                    break;
                }
            }
        }
        catch (WebSocketException)
        {
            // the caller hung up
        }
        finally
        {
            model?.Abort();
            await modelLoop;
            model?.Dispose();
        }
    }

    private async Task RelayModelAsync(ClientWebSocket socket)
    {
        var buffer = new byte[1 << 16];
        try
        {
            while (await ReceiveAsync(socket, buffer) is var length and > 0)
            {
                var type = ReadModel(buffer.AsSpan(0, length), out var delta);
                var sent = 0;
                if (type.SequenceEqual("response.output_audio.delta"u8))
                {
                    sent = writer.Media(toTwilio, delta);
                    unmarked += delta.Length;
                }
                else if (type.SequenceEqual("input_audio_buffer.speech_started"u8))
                {
                    sent = writer.Clear(toTwilio);
                    unmarked = 0;
                }

                if (sent > 0)
                {
                    await twilio.SendAsync(toTwilio.AsMemory(0, sent), WebSocketMessageType.Text, true, CancellationToken.None);
                }

                if (unmarked >= MarkEveryBase64Bytes)
                {
                    unmarked = 0;
                    (++marks).TryFormat(markName, out var nameLength, provider: System.Globalization.CultureInfo.InvariantCulture);
                    sent = writer.Mark(toTwilio, markName.AsSpan(0, nameLength));
                    await twilio.SendAsync(toTwilio.AsMemory(0, sent), WebSocketMessageType.Text, true, CancellationToken.None);
                }
            }
        }
        catch (Exception e) when (e is WebSocketException or ObjectDisposedException or OperationCanceledException)
        {
            // the stream is over
        }
    }

    /// <summary>A whole text message into <paramref name="buffer"/>; 0 when the peer closed.</summary>
    private static async ValueTask<int> ReceiveAsync(WebSocket socket, byte[] buffer)
    {
        var length = 0;
        ValueWebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer.AsMemory(length), CancellationToken.None);
            length += result.Count;
        }
        while (!result.EndOfMessage && result.MessageType != WebSocketMessageType.Close);

        return result.MessageType == WebSocketMessageType.Close ? 0 : length;
    }

    /// <summary>A model event's type and audio delta, as received (base64 needs no unescaping).</summary>
    private static ReadOnlySpan<byte> ReadModel(ReadOnlySpan<byte> json, out ReadOnlySpan<byte> delta)
    {
        var reader = new Utf8JsonReader(json);
        ReadOnlySpan<byte> type = default;
        delta = default;
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isType = reader.ValueTextEquals("type"u8);
            var isDelta = reader.ValueTextEquals("delta"u8);
            reader.Read();
            if (reader.TokenType != JsonTokenType.String)
            {
                reader.Skip();
            }
            else if (isType)
            {
                type = reader.ValueSpan;
            }
            else if (isDelta)
            {
                delta = reader.ValueSpan;
            }
        }

        return type;
    }
}
