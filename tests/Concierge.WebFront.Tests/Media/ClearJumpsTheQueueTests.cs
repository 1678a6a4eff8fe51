using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Concierge.WebFront.Media;

namespace Concierge.WebFront.Tests.Media;

/// <summary>
/// A <c>clear</c> empties Twilio's buffer of the audio sent before it and plays what comes after: relay audio composed
/// before a clear but not yet sent must not go after it.
/// </summary>
public sealed class ClearJumpsTheQueueTests
{
    [Fact]
    public async Task FillerAudioStillQueuedWhenTheReplyClearsItIsNeverSentAfterTheClear()
    {
        var conversation = new RelayConversation(new TwilioMediaWriter("MZ1"), TimeProvider.System);
        var filler = new RelayOutbox();
        var reply = new RelayOutbox();
        lock (conversation.Gate)
        {
            conversation.SpeechStarted(new RelayOutbox());
            conversation.SpeechStopped();
            Assert.True(conversation.Filler([Encoding.ASCII.GetBytes("f1f1"), Encoding.ASCII.GetBytes("f2f2")], filler));
            conversation.ResponseCreated("resp_1"u8);
            conversation.Audio("item_1", "resp_1"u8, "r1r1"u8, reply); // the reply's first audio: the filler is cleared
        }

        var sent = new MemoryStream();
        using var link = new WebSocketLink(WebSocket.CreateFromStream(sent, new WebSocketCreationOptions { IsServer = true }));
        await reply.FlushAsync(link, model: null, CancellationToken.None);
        await filler.FlushAsync(link, model: null, CancellationToken.None); // the filler's own flush, still under way when the reply came

        var messages = await ReadAllAsync(sent.ToArray());
        Assert.Equal(["clear", "media r1r1"], messages.Select(m => (string?)m["event"] + ((string?)m["media"]?["payload"] is { } p ? " " + p : "")));
    }

    [Fact]
    public async Task AudioComposedBeforeAClearIsDroppedAndAudioAfterItIsSent()
    {
        var conversation = new RelayConversation(new TwilioMediaWriter("MZ1"), TimeProvider.System);
        var outbox = new RelayOutbox();
        lock (conversation.Gate)
        {
            conversation.ResponseCreated("resp_1"u8);
            conversation.Audio("item_1", "resp_1"u8, "r1r1"u8, outbox);
            conversation.SpeechStarted(outbox); // a barge-in: clear, truncate
            conversation.SpeechStopped();
            conversation.ResponseCreated("resp_2"u8);
            conversation.Audio("item_2", "resp_2"u8, "r2r2"u8, outbox);
        }

        var sent = new MemoryStream();
        using var link = new WebSocketLink(WebSocket.CreateFromStream(sent, new WebSocketCreationOptions { IsServer = true }));
        await outbox.FlushAsync(link, model: null, CancellationToken.None);

        var messages = await ReadAllAsync(sent.ToArray());
        Assert.Equal(["clear", "media r2r2"], messages.Select(m => (string?)m["event"] + ((string?)m["media"]?["payload"] is { } p ? " " + p : "")));
    }

    /// <summary>The messages a server-side WebSocket wrote, read back as a client reads them.</summary>
    private static async Task<List<JsonNode>> ReadAllAsync(byte[] frames)
    {
        using var socket = WebSocket.CreateFromStream(new MemoryStream(frames), new WebSocketCreationOptions { IsServer = false });
        var messages = new List<JsonNode>();
        var buffer = new byte[1 << 16];
        try
        {
            while (true)
            {
                var result = await socket.ReceiveAsync(buffer, CancellationToken.None);
                messages.Add(JsonNode.Parse(buffer.AsSpan(0, result.Count))!);
            }
        }
        catch (WebSocketException)
        {
            return messages; // the end of what was written
        }
    }
}
