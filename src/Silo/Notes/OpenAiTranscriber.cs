using System.ClientModel;
using Concierge.Grains.Interfaces.Notes;
using Concierge.Silo.Brains;
using OpenAI.Audio;

namespace Concierge.Silo.Notes;

/// <summary>
/// Transcribes voice notes through the OpenAI audio API (<c>/audio/transcriptions</c>) on OpenAI or Azure OpenAI's v1
/// endpoint. Failures are the note's to handle: one the service may not repeat (5xx, 429, 408, a timeout, no answer)
/// surfaces as is and the note retries with its backoff; audio the service rejects as unreadable is a
/// <see cref="MediaRefusedException"/>, so the sender is told at once and nothing is retried.
/// </summary>
public sealed class OpenAiTranscriber : ITranscriber
{
    /// <summary>What the sender is told when the service rejects the audio itself.</summary>
    public const string UnreadableAudio = "the voice note's audio could not be transcribed.";

    /// <summary>The statuses by which the service says the upload itself is wrong: sending it again cannot help.</summary>
    private static readonly int[] AudioRejected = [400, 413, 415, 422];

    private readonly AudioClient client;

    public OpenAiTranscriber(TranscriptionOptions options, ModelOptions screener, HttpClient? httpClient = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(screener);
        var connection = options.Connection(screener);
        client = new AudioClient(connection.Name, OpenAiClientSettings.Credential(connection), OpenAiClientSettings.Options(connection, options.Timeout, httpClient));
    }

    public bool IsConfigured => true;

    public async Task<string> TranscribeAsync(FetchedMedia audio, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(audio);
        using var content = new MemoryStream(audio.Content.ToArray(), writable: false);
        try
        {
            // The file name's extension is how the service tells the audio format; "json" gives {"text": ...} on every model.
            var transcription = await client.TranscribeAudioAsync(
                content, "voice-note." + audio.Extension, new AudioTranscriptionOptions { ResponseFormat = AudioTranscriptionFormat.Simple }, cancellationToken);
            return transcription.Value.Text ?? "";
        }
        catch (ClientResultException e) when (AudioRejected.Contains(e.Status))
        {
            throw new MediaRefusedException(UnreadableAudio, e);
        }
    }
}
