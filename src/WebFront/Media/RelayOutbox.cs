using System.Buffers;

namespace Concierge.WebFront.Media;

/// <summary>
/// Messages composed while the relay's state is locked, sent in order once it is released: each a pooled buffer, returned
/// to the pool once sent. Composing under the lock keeps a barge-in's <c>clear</c> ahead of any audio queued after it; audio
/// composed before a <c>clear</c> but still unsent when it is composed (another outbox's, e.g. the filler's mid-flush) is
/// dropped rather than sent after it, where Twilio would play it: the clear jumps that queue.
/// </summary>
public sealed class RelayOutbox
{
    private readonly List<(bool ToModel, byte[] Buffer, int Length, ClearCount? Clears, int Composed)> messages = [];

    public bool IsEmpty => messages.Count == 0;

    public Span<byte> Rent(int size, out byte[] buffer)
    {
        buffer = ArrayPool<byte>.Shared.Rent(size);
        return buffer;
    }

    public void Add(bool toModel, byte[] buffer, int length) => messages.Add((toModel, buffer, length, null, 0));

    /// <summary>Audio for Twilio (or its mark): sent only if no <c>clear</c> was composed between now and its turn to go.</summary>
    public void AddAudio(byte[] buffer, int length, ClearCount clears) => messages.Add((false, buffer, length, clears, clears.Value));

    public void Add(bool toModel, ReadOnlySpan<byte> message)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(message.Length);
        message.CopyTo(buffer);
        messages.Add((toModel, buffer, message.Length, null, 0));
    }

    /// <summary>Sends everything queued, in order, and empties the outbox; a link that is gone drops its messages.</summary>
    public async ValueTask FlushAsync(WebSocketLink twilio, WebSocketLink? model, CancellationToken cancellationToken)
    {
        var index = 0;
        try
        {
            for (; index < messages.Count; index++)
            {
                var (toModel, buffer, length, clears, composed) = messages[index];
                var link = toModel ? model : twilio;
                if (link is null || (clears is not null && clears.Value != composed))
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

/// <summary>How many <c>clear</c>s a relay has composed for Twilio: audio composed before the latest is not sent after it.</summary>
public sealed class ClearCount
{
    private int value;

    public int Value => Volatile.Read(ref value);

    /// <summary>A clear is composed (under the relay's lock).</summary>
    public void Add() => Interlocked.Increment(ref value);
}
