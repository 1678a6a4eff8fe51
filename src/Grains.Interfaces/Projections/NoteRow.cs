namespace Concierge.Grains.Interfaces.Projections;

/// <summary>
/// A note in the notes list: written by the note grain with its state, read by the notes queries (filters: intent, sender,
/// date, text search over <see cref="SearchText"/>, the text folded to lower case without accents).
/// </summary>
[ProjectionTable("notes", nameof(NoteId))]
public sealed record NoteRow : IProjectionRow
{
    public required string NoteId { get; init; }

    public required string CompanyId { get; init; }

    public required string SenderPhone { get; init; }

    public required string SenderName { get; init; }

    public required string Status { get; init; }

    public string? Intent { get; init; }

    public string? Title { get; init; }

    public string? SearchText { get; init; }

    public int Attempts { get; init; }

    public string? Error { get; init; }

    public long ReceivedAtMs { get; init; }

    public long? ProcessedAtMs { get; init; }

    /// <summary>When the sweep should look at a pending note again (its next attempt); null for a finished one.</summary>
    public long? NextAttemptAtMs { get; init; }

    public long UpdatedAtMs { get; init; }
}
