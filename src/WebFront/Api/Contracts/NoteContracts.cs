using Concierge.Grains.Interfaces.Notes;
using Concierge.Silo.Notes;

namespace Concierge.WebFront.Api.Contracts;

public sealed record NoteSummaryResponse(
    string Id, string SenderPhone, string SenderName, string Status, string? Intent, string? Title, int Attempts, string? Error,
    DateTimeOffset ReceivedAt, DateTimeOffset? ProcessedAt)
{
    public static NoteSummaryResponse Of(NoteSummaryRow row) => new(
        row.NoteId, row.SenderPhone, row.SenderName, row.Status, row.Intent, row.Title, row.Attempts, row.Error,
        DateTimeOffset.FromUnixTimeMilliseconds(row.ReceivedAtMs), row.ProcessedAtMs is { } processed ? DateTimeOffset.FromUnixTimeMilliseconds(processed) : null);
}

public sealed record NotePageResponse(IReadOnlyList<NoteSummaryResponse> Items, string? NextCursor);

/// <summary>A note in full: what was sent, its text, what it was read as, and its timings.</summary>
public sealed record NoteResponse(
    string Id, string Channel, string SenderPhone, string SenderName, string Status, string? Error, int Attempts,
    string Body, int MediaCount, string? Text, string? Intent, string? Language, NoteSummary? Summary, string? ReadBy,
    IReadOnlyList<string> Files, string? Reply, DateTimeOffset ReceivedAt, DateTimeOffset? ProcessedAt, DateTimeOffset? RepliedAt)
{
    public static NoteResponse Of(NoteRecord n) => new(
        n.NoteId, n.Channel, n.SenderPhone, n.SenderName, n.Status, n.Error, n.Attempts, n.Body, n.MediaCount, n.Text, n.Intent, n.Language,
        n.Summary, n.ReadBy, n.Artifacts, n.Reply, n.ReceivedAt, n.ProcessedAt, n.RepliedAt);
}

/// <summary>A download link of one artifact (audio, full_text, summary), valid until <paramref name="ExpiresAt"/>.</summary>
public sealed record NoteFileResponse(string Name, Uri Url, DateTimeOffset ExpiresAt);
