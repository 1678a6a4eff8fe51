using System.Buffers;
using System.Net.WebSockets;

namespace Concierge.WebFront.Media;

/// <summary>
/// One side of the relay: whole text messages in (into a buffer reused for the socket's life), and sends one at a time
/// (a WebSocket allows a single send in flight; the relay sends from its two receive loops and its timers).
/// </summary>
public sealed class WebSocketLink(WebSocket socket) : IDisposable
{
    /// <summary>A message larger than this is not Twilio's or the model's: the link is closed rather than grown without end.</summary>
    public const int MaxMessageBytes = 1 << 20;

    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(2);

    private readonly SemaphoreSlim sending = new(1, 1);
    private byte[] buffer = ArrayPool<byte>.Shared.Rent(4096);

    public WebSocket Socket { get; } = socket;

    /// <summary>The next whole text message (binary ones are skipped); empty memory when the peer closed.</summary>
    public async ValueTask<ReadOnlyMemory<byte>> ReceiveAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var length = 0;
            ValueWebSocketReceiveResult result;
            do
            {
                if (length == buffer.Length)
                {
                    if (buffer.Length >= MaxMessageBytes)
                    {
                        throw new WebSocketException(WebSocketError.InvalidMessageType, "A message exceeded the relay's limit.");
                    }

                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                result = await Socket.ReceiveAsync(buffer.AsMemory(length), cancellationToken);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return ReadOnlyMemory<byte>.Empty;
                }

                length += result.Count;
            }
            while (!result.EndOfMessage);

            if (result.MessageType == WebSocketMessageType.Text && length > 0)
            {
                return buffer.AsMemory(0, length);
            }
        }
    }

    /// <summary>
    /// Sends one whole text message once the sends before it are done. The frame itself is sent without a cancellation
    /// token: a cancellable one sends every frame down the runtime's slow path (an async state machine and a token
    /// registration per message); a send that never completes ends when <see cref="CloseAsync"/> aborts the socket.
    /// </summary>
    public async ValueTask SendAsync(ReadOnlyMemory<byte> message, CancellationToken cancellationToken)
    {
        await sending.WaitAsync(cancellationToken);
        try
        {
            await Socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
        }
        finally
        {
            sending.Release();
        }
    }

    /// <summary>Sends the first <paramref name="length"/> bytes of <paramref name="rented"/>, then gives it back to the pool.</summary>
    public async ValueTask SendRentedAsync(byte[] rented, int length, CancellationToken cancellationToken)
    {
        try
        {
            await SendAsync(rented.AsMemory(0, length), cancellationToken);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// Closes our side politely (the peer's close completes it); a socket already gone is left alone, and one whose send
    /// or close does not finish within two seconds (a peer that stopped reading) is aborted.
    /// </summary>
    public async Task CloseAsync(WebSocketCloseStatus status, string description)
    {
        if (Socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            if (!await sending.WaitAsync(CloseTimeout))
            {
                Socket.Abort(); // the send in flight fails, and releases the gate
                return;
            }

            try
            {
                using var timeout = new CancellationTokenSource(CloseTimeout);
                await Socket.CloseOutputAsync(status, description, timeout.Token);
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
            {
                Socket.Abort();
            }
            finally
            {
                sending.Release();
            }
        }
    }

    public void Dispose()
    {
        Socket.Dispose();
        sending.Dispose();
        ArrayPool<byte>.Shared.Return(buffer);
        buffer = [];
    }
}
