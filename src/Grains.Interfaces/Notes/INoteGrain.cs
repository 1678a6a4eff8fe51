using Orleans;
using Orleans.Concurrency;

namespace Concierge.Grains.Interfaces.Notes;

/// <summary>
/// One SMS or WhatsApp note from a company's staff, keyed by Twilio's MessageSid: recorded once, then read (transcribed,
/// classified, summarised), stored as artifacts and answered with one reply, in the background and durably.
/// </summary>
[Alias("concierge.INoteGrain")]
public interface INoteGrain : IGrainWithStringKey
{
    /// <summary>
    /// Records the message durably and starts processing it after the call returns. A repeat (Twilio retrying the same
    /// MessageSid) changes nothing and returns the note as it stands.
    /// </summary>
    Task<NoteRecord> ReceiveAsync(IncomingNote message, CancellationToken cancellationToken = default);

    /// <summary>The note; null when no message with this MessageSid was recorded.</summary>
    [ReadOnly]
    Task<NoteRecord?> GetAsync();

    /// <summary>Continues a note not finished yet (after a restart, or once transcription is configured); nothing for a finished one.</summary>
    Task ResumeAsync();
}
