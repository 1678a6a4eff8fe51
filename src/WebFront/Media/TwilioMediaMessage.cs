using System.Text;
using System.Text.Json;

namespace Concierge.WebFront.Media;

/// <summary>What a Twilio media-stream message is (its <c>event</c>).</summary>
public enum TwilioMediaEvent
{
    /// <summary>Not JSON, or no event the relay knows: ignored.</summary>
    Malformed,
    Connected,
    Start,
    Media,
    Mark,
    Dtmf,
    Stop,
}

/// <summary>
/// One message Twilio sent on a media stream, read in one forward pass without copying the audio: <see cref="Payload"/>
/// is the base64 μ-law exactly as received (relayed to the model as it is), <see cref="Name"/> a mark's name. The start
/// message's fields (call, stream, custom parameters) are read into <see cref="Start"/>.
/// </summary>
public readonly ref struct TwilioMediaMessage
{
    private TwilioMediaMessage(TwilioMediaEvent kind, ReadOnlySpan<byte> payload, string? name, MediaStreamStart? start)
    {
        Kind = kind;
        Payload = payload;
        Name = name;
        Start = start;
    }

    public TwilioMediaEvent Kind { get; }

    /// <summary>The base64 audio of a media message (inbound track), as the UTF-8 bytes received.</summary>
    public ReadOnlySpan<byte> Payload { get; }

    public string? Name { get; }

    public MediaStreamStart? Start { get; }

    public static TwilioMediaMessage Read(ReadOnlySpan<byte> json)
    {
        try
        {
            return Parse(json);
        }
        catch (JsonException)
        {
            return default;
        }
    }

    private static TwilioMediaMessage Parse(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return default;
        }

        var kind = TwilioMediaEvent.Malformed;
        ReadOnlySpan<byte> payload = default;
        string? name = null;
        string? streamSid = null;
        MediaStreamStart? start = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("event"u8))
            {
                reader.Read();
                kind = EventOf(reader.ValueSpan);
            }
            else if (reader.ValueTextEquals("streamSid"u8))
            {
                streamSid = JsonProperty.String(ref reader);
            }
            else if (reader.ValueTextEquals("media"u8))
            {
                reader.Read();
                var (at, length, unescaped) = MediaPayload(ref reader);
                payload = unescaped ?? json.Slice(at, length);
            }
            else if (reader.ValueTextEquals("mark"u8))
            {
                reader.Read();
                name = StringProperty(ref reader, "name"u8);
            }
            else if (reader.ValueTextEquals("start"u8))
            {
                reader.Read();
                start = StartOf(ref reader);
            }
            else
            {
                JsonProperty.Skip(ref reader);
            }
        }

        if (start is not null && streamSid is not null && start.StreamSid.Length == 0)
        {
            start = start with { StreamSid = streamSid };
        }

        return kind switch
        {
            TwilioMediaEvent.Media when payload.IsEmpty => default,
            TwilioMediaEvent.Start when start is null => default,
            _ => new TwilioMediaMessage(kind, payload, name, start),
        };
    }

    private static TwilioMediaEvent EventOf(ReadOnlySpan<byte> value) => value switch
    {
        _ when value.SequenceEqual("media"u8) => TwilioMediaEvent.Media,
        _ when value.SequenceEqual("mark"u8) => TwilioMediaEvent.Mark,
        _ when value.SequenceEqual("start"u8) => TwilioMediaEvent.Start,
        _ when value.SequenceEqual("stop"u8) => TwilioMediaEvent.Stop,
        _ when value.SequenceEqual("connected"u8) => TwilioMediaEvent.Connected,
        _ when value.SequenceEqual("dtmf"u8) => TwilioMediaEvent.Dtmf,
        _ => TwilioMediaEvent.Malformed,
    };

    /// <summary>
    /// Where the payload of an inbound media object is in the message (length 0 for another track or no payload); a payload
    /// written with JSON escapes (a "/" or "+" as \u…) is unescaped into an array of its own instead.
    /// </summary>
    private static (int Start, int Length, byte[]? Unescaped) MediaPayload(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return default;
        }

        (int Start, int Length, byte[]? Unescaped) payload = default;
        var inbound = true;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("payload"u8))
            {
                reader.Read();
                // Base64 has no character JSON escapes: the raw bytes are the value.
                payload = reader.TokenType != JsonTokenType.String ? default
                    : reader.ValueIsEscaped ? (0, 0, Encoding.UTF8.GetBytes(reader.GetString()!))
                    : ((int)reader.TokenStartIndex + 1, reader.ValueSpan.Length, null); // after the opening quote
            }
            else if (reader.ValueTextEquals("track"u8))
            {
                reader.Read();
                inbound = reader.ValueTextEquals("inbound"u8) || reader.ValueTextEquals("inbound_track"u8);
            }
            else
            {
                JsonProperty.Skip(ref reader);
            }
        }

        return inbound ? payload : default;
    }

    private static string? StringProperty(ref Utf8JsonReader reader, ReadOnlySpan<byte> property)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return null;
        }

        string? value = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var wanted = reader.ValueTextEquals(property);
            reader.Read();
            if (wanted && reader.TokenType == JsonTokenType.String)
            {
                value = reader.GetString();
            }
            else
            {
                reader.Skip();
            }
        }

        return value;
    }

    private static MediaStreamStart? StartOf(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return null;
        }

        string callSid = "", streamSid = "";
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("callSid"u8))
            {
                callSid = JsonProperty.String(ref reader) ?? "";
            }
            else if (reader.ValueTextEquals("streamSid"u8))
            {
                streamSid = JsonProperty.String(ref reader) ?? "";
            }
            else if (reader.ValueTextEquals("customParameters"u8))
            {
                reader.Read();
                ReadParameters(ref reader, parameters);
            }
            else
            {
                JsonProperty.Skip(ref reader);
            }
        }

        return new MediaStreamStart(callSid, streamSid, parameters);
    }

    private static void ReadParameters(ref Utf8JsonReader reader, Dictionary<string, string> parameters)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = reader.GetString() ?? "";
            reader.Read();
            if (reader.TokenType == JsonTokenType.String)
            {
                parameters[key] = reader.GetString() ?? "";
            }
            else
            {
                reader.Skip();
            }
        }
    }
}

/// <summary>A stream's start: Twilio's call and stream, and the <c>&lt;Parameter&gt;</c>s the TwiML passed.</summary>
public sealed record MediaStreamStart(string CallSid, string StreamSid, IReadOnlyDictionary<string, string> Parameters)
{
    public string? Parameter(string name) => Parameters.TryGetValue(name, out var value) ? value : null;
}

/// <summary>
/// The messages the relay sends to Twilio, written as bytes around the payload (no serializer: the base64 audio the model
/// sent goes out as it came, and nothing is escaped that does not need it).
/// </summary>
public sealed class TwilioMediaWriter(string streamSid)
{
    private readonly byte[] sid = JsonEncodedText.Encode(streamSid).EncodedUtf8Bytes.ToArray();

    public int Media(Span<byte> buffer, ReadOnlySpan<byte> base64Payload) =>
        Compose(buffer, "{\"event\":\"media\",\"streamSid\":\""u8, "\",\"media\":{\"payload\":\""u8, base64Payload, "\"}}"u8);

    public int Mark(Span<byte> buffer, ReadOnlySpan<byte> name) =>
        Compose(buffer, "{\"event\":\"mark\",\"streamSid\":\""u8, "\",\"mark\":{\"name\":\""u8, name, "\"}}"u8);

    public int Clear(Span<byte> buffer) => Compose(buffer, "{\"event\":\"clear\",\"streamSid\":\""u8, "\"}"u8, default, default);

    /// <summary>The bytes a message needs at most around <paramref name="payloadLength"/> bytes of payload.</summary>
    public int Size(int payloadLength) => 64 + sid.Length + payloadLength;

    private int Compose(Span<byte> buffer, ReadOnlySpan<byte> head, ReadOnlySpan<byte> middle, ReadOnlySpan<byte> value, ReadOnlySpan<byte> tail)
    {
        head.CopyTo(buffer);
        var at = head.Length;
        sid.CopyTo(buffer[at..]);
        at += sid.Length;
        middle.CopyTo(buffer[at..]);
        at += middle.Length;
        value.CopyTo(buffer[at..]);
        at += value.Length;
        tail.CopyTo(buffer[at..]);
        return at + tail.Length;
    }
}
