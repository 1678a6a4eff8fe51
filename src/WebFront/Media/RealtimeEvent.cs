using System.Text;
using System.Text.Json;

namespace Concierge.WebFront.Media;

/// <summary>The realtime model's events the relay acts on (GA protocol names); the rest are <see cref="Other"/>.</summary>
public enum RealtimeEventKind
{
    Other,
    SessionUpdated,
    SpeechStarted,
    SpeechStopped,
    ResponseCreated,
    AudioDelta,
    OutputTranscriptDone,
    InputTranscriptCompleted,
    FunctionCall,
    ResponseDone,
    Error,
}

/// <summary>
/// One event from the realtime model, read in one forward pass: an audio delta's base64 (<see cref="Delta"/>) is not copied,
/// it goes to Twilio as it came. Text (transcripts, a function call's name and arguments) is read only for the rare events
/// that carry it.
/// </summary>
public readonly ref struct RealtimeEvent
{
    private RealtimeEvent(RealtimeEventKind kind, ReadOnlySpan<byte> delta, ReadOnlySpan<byte> responseId, string? itemId, string? text, string? name, string? arguments)
    {
        Kind = kind;
        Delta = delta;
        ResponseId = responseId;
        ItemId = itemId;
        Text = text;
        Name = name;
        Arguments = arguments;
    }

    public RealtimeEventKind Kind { get; }

    public ReadOnlySpan<byte> Delta { get; }

    /// <summary>
    /// The response the event belongs to (<c>response_id</c>, or a <c>response</c> object's <c>id</c>), as UTF-8: which
    /// reply audio answers the caller and which belongs to a reply the caller already talked over. Empty when absent.
    /// </summary>
    public ReadOnlySpan<byte> ResponseId { get; }

    public string? ItemId { get; }

    /// <summary>A transcript, or an error's message.</summary>
    public string? Text { get; }

    /// <summary>A function call's name.</summary>
    public string? Name { get; }

    /// <summary>A function call's JSON arguments.</summary>
    public string? Arguments { get; }

    public static RealtimeEvent Read(ReadOnlySpan<byte> json)
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

    private static RealtimeEvent Parse(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return default;
        }

        var kind = RealtimeEventKind.Other;
        ReadOnlySpan<byte> delta = default, responseId = default;
        string? itemId = null, text = null, name = null, arguments = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("type"u8))
            {
                reader.Read();
                kind = KindOf(ref reader);
            }
            else if (reader.ValueTextEquals("delta"u8))
            {
                reader.Read();
                delta = Utf8(ref reader); // a "/" or "+" may be written as \u…
            }
            else if (reader.ValueTextEquals("response_id"u8))
            {
                reader.Read();
                responseId = Utf8(ref reader);
            }
            else if (reader.ValueTextEquals("response"u8))
            {
                reader.Read();
                responseId = IdOf(ref reader);
            }
            else if (reader.ValueTextEquals("item_id"u8))
            {
                itemId = JsonProperty.String(ref reader);
            }
            else if (reader.ValueTextEquals("transcript"u8))
            {
                text = JsonProperty.String(ref reader);
            }
            else if (reader.ValueTextEquals("item"u8) || reader.ValueTextEquals("error"u8))
            {
                reader.Read();
                ReadObject(ref reader, ref itemId, ref text, ref name, ref arguments);
            }
            else
            {
                JsonProperty.Skip(ref reader);
            }
        }

        if (kind == RealtimeEventKind.FunctionCall && name is null)
        {
            kind = RealtimeEventKind.Other; // an output item that is not a function call (a message, audio)
        }

        return new RealtimeEvent(kind, delta, responseId, itemId, text, name, arguments);
    }

    private static RealtimeEventKind KindOf(ref Utf8JsonReader reader) => reader switch
    {
        _ when reader.ValueTextEquals("response.output_audio.delta"u8) => RealtimeEventKind.AudioDelta,
        _ when reader.ValueTextEquals("input_audio_buffer.speech_started"u8) => RealtimeEventKind.SpeechStarted,
        _ when reader.ValueTextEquals("input_audio_buffer.speech_stopped"u8) => RealtimeEventKind.SpeechStopped,
        _ when reader.ValueTextEquals("response.created"u8) => RealtimeEventKind.ResponseCreated,
        _ when reader.ValueTextEquals("response.done"u8) => RealtimeEventKind.ResponseDone,
        _ when reader.ValueTextEquals("response.output_audio_transcript.done"u8) => RealtimeEventKind.OutputTranscriptDone,
        _ when reader.ValueTextEquals("conversation.item.input_audio_transcription.completed"u8) => RealtimeEventKind.InputTranscriptCompleted,
        _ when reader.ValueTextEquals("response.output_item.done"u8) => RealtimeEventKind.FunctionCall,
        _ when reader.ValueTextEquals("session.updated"u8) => RealtimeEventKind.SessionUpdated,
        _ when reader.ValueTextEquals("error"u8) => RealtimeEventKind.Error,
        _ => RealtimeEventKind.Other,
    };

    /// <summary>A string value as it came (unescaped only when it had escapes, which no id or base64 needs); empty, and skipped, if not a string.</summary>
    private static ReadOnlySpan<byte> Utf8(scoped ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            reader.Skip();
            return default;
        }

        return reader.ValueIsEscaped ? Encoding.UTF8.GetBytes(reader.GetString()!) : reader.ValueSpan;
    }

    /// <summary>A response object's <c>id</c>; the rest of it (a done response's whole output) is skipped.</summary>
    private static ReadOnlySpan<byte> IdOf(scoped ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return default;
        }

        ReadOnlySpan<byte> id = default;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("id"u8))
            {
                reader.Read();
                id = Utf8(ref reader);
            }
            else
            {
                JsonProperty.Skip(ref reader);
            }
        }

        return id;
    }

    /// <summary>An output item (a function call's name, call id and arguments) or an error (its message).</summary>
    private static void ReadObject(ref Utf8JsonReader reader, ref string? itemId, ref string? text, ref string? name, ref string? arguments)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return;
        }

        var functionCall = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var property = reader.GetString();
            reader.Read();
            if (reader.TokenType != JsonTokenType.String)
            {
                reader.Skip();
                continue;
            }

            switch (property)
            {
                case "type":
                    functionCall = reader.ValueTextEquals("function_call"u8);
                    break;
                case "name":
                    name = reader.GetString();
                    break;
                case "arguments":
                    arguments = reader.GetString();
                    break;
                case "id":
                    itemId ??= reader.GetString();
                    break;
                case "message":
                    text = reader.GetString();
                    break;
            }
        }

        if (!functionCall)
        {
            name = null;
        }
    }
}
