using Concierge.Grains.Interfaces.Notes;

namespace Concierge.Grains.Notes;

/// <summary>A note's durable state, owned by its <see cref="NoteGrain"/>: each step's result is kept, so a retry never redoes one.</summary>
public sealed class NoteState
{
    /// <summary>The message as received; null until it is.</summary>
    public IncomingNote? Message { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    public string Status { get; set; } = NoteStatuses.Received;

    /// <summary>What the voice notes said, once transcribed.</summary>
    public string? Transcript { get; set; }

    /// <summary>The file extension ("ogg") of each media item, once all were downloaded and kept (the note's voice is then stored).</summary>
    public List<string> AudioExtensions { get; set; } = [];

    public NoteReading? Reading { get; set; }

    /// <summary>Names of the artifacts stored (<see cref="NoteArtifacts"/>).</summary>
    public List<string> Artifacts { get; set; } = [];

    public int Attempts { get; set; }

    public string? Error { get; set; }

    public DateTimeOffset? NextAttemptAt { get; set; }

    public DateTimeOffset? ProcessedAt { get; set; }

    public string? Reply { get; set; }

    /// <summary>Set before the reply is handed to the network: once set, the reply is never sent again (it may have gone).</summary>
    public DateTimeOffset? ReplyStartedAt { get; set; }

    public string? ReplySid { get; set; }

    public DateTimeOffset? RepliedAt { get; set; }
}
