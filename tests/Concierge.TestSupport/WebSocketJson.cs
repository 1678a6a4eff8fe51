using System.Net.WebSockets;
using System.Text.Json.Nodes;

namespace Concierge.TestSupport;

/// <summary>JSON text messages over a WebSocket, as the media-stream fakes exchange them.</summary>
public static class WebSocketJson
{
    /// <summary>The next whole message as JSON; null once the peer closed (our side's close is sent in answer).</summary>
    public static async Task<JsonNode?> ReceiveAsync(WebSocket socket, byte[] buffer) =>
        await ReceiveTextAsync(socket, buffer) is var length and >= 0 ? JsonNode.Parse(buffer.AsSpan(0, length)) : null;

    /// <summary>The next whole message's length in <paramref name="buffer"/>, unparsed; -1 once the peer closed.</summary>
    public static async Task<int> ReceiveTextAsync(WebSocket socket, byte[] buffer)
    {
        ArgumentNullException.ThrowIfNull(socket);
        ArgumentNullException.ThrowIfNull(buffer);
        var length = 0;
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(new ArraySegment<byte>(buffer, length, buffer.Length - length), CancellationToken.None);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", CancellationToken.None);
                return -1;
            }

            length += result.Count;
        }
        while (!result.EndOfMessage);

        return length;
    }
}
