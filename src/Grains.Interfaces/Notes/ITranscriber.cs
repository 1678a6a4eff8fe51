namespace Concierge.Grains.Interfaces.Notes;

/// <summary>Turns a voice note into text (the OpenAI audio API: <c>Concierge:Transcription:Model</c>).</summary>
public interface ITranscriber
{
    /// <summary>False when no transcription model is configured: voice notes wait until one is.</summary>
    bool IsConfigured { get; }

    /// <summary>The words said in <paramref name="audio"/>.</summary>
    Task<string> TranscribeAsync(FetchedMedia audio, CancellationToken cancellationToken = default);
}
