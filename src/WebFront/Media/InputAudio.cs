namespace Concierge.WebFront.Media;

/// <summary>The model's <c>input_audio_buffer.append</c> around the caller's base64 μ-law, which goes through untouched.</summary>
public static class InputAudio
{
    private static ReadOnlySpan<byte> Head => "{\"type\":\"input_audio_buffer.append\",\"audio\":\""u8;

    private static ReadOnlySpan<byte> Tail => "\"}"u8;

    /// <summary>Queues the append for the model in <paramref name="outbox"/>.</summary>
    public static void Append(ReadOnlySpan<byte> base64, RelayOutbox outbox)
    {
        ArgumentNullException.ThrowIfNull(outbox);
        var length = Head.Length + base64.Length + Tail.Length;
        var message = outbox.Rent(length, out var buffer);
        Head.CopyTo(message);
        base64.CopyTo(message[Head.Length..]);
        Tail.CopyTo(message[(Head.Length + base64.Length)..]);
        outbox.Add(toModel: true, buffer, length);
    }
}
