using System.Buffers;

namespace Concierge.WebFront.Media;

/// <summary>
/// Messages composed while the relay's state is locked, sent in order once it is released: each a pooled buffer, returned
/// to the pool once sent. Composing under the lock keeps a barge-in's <c>clear</c> ahead of any audio queued after it.
/// </summary>
public sealed class RelayOutbox
{
    private readonly List<(bool ToModel, byte[] Buffer, int Length)> messages = [];

    public bool IsEmpty => messages.Count == 0;

    public Span<byte> Rent(int size, out byte[] buffer)
    {
        buffer = ArrayPool<byte>.Shared.Rent(size);
        return buffer;
    }

    public void Add(bool toModel, byte[] buffer, int length) => messages.Add((toModel, buffer, length));

    public void Add(bool toModel, ReadOnlySpan<byte> message)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(message.Length);
        message.CopyTo(buffer);
        messages.Add((toModel, buffer, message.Length));
    }

    /// <summary>Sends everything queued, in order, and empties the outbox; a link that is gone drops its messages.</summary>
    public async ValueTask FlushAsync(WebSocketLink twilio, WebSocketLink? model, CancellationToken cancellationToken)
    {
        var index = 0;
        try
        {
            for (; index < messages.Count; index++)
            {
                var (toModel, buffer, length) = messages[index];
                var link = toModel ? model : twilio;
                if (link is null)
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                    continue;
                }

                await link.SendRentedAsync(buffer, length, cancellationToken);
            }
        }
        finally
        {
            for (index++; index < messages.Count; index++)
            {
                ArrayPool<byte>.Shared.Return(messages[index].Buffer);
            }

            messages.Clear();
        }
    }
}
