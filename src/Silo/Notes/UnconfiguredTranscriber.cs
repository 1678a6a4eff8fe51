using Concierge.Grains.Interfaces.Notes;

namespace Concierge.Silo.Notes;

/// <summary>No transcription model configured (<c>Concierge:Transcription:Model</c> unset): voice notes are stored and wait.</summary>
public sealed class UnconfiguredTranscriber : ITranscriber
{
    public bool IsConfigured => false;

    public Task<string> TranscribeAsync(FetchedMedia audio, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException("No transcription model is configured (Concierge:Transcription:Model).");
}
