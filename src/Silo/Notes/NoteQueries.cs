using Concierge.Silo.Queries;
using Concierge.Silo.Storage;

namespace Concierge.Silo.Notes;

/// <summary>A note as the notes list shows it.</summary>
public sealed class NoteSummaryRow
{
    public string NoteId { get; init; } = "";

    public string SenderPhone { get; init; } = "";

    public string SenderName { get; init; } = "";

    public string Status { get; init; } = "";

    public string? Intent { get; init; }

    public string? Title { get; init; }

    public int Attempts { get; init; }

    public string? Error { get; init; }

    public long ReceivedAtMs { get; init; }

    public long? ProcessedAtMs { get; init; }
}

/// <summary>What a notes list is filtered by; null fields do not filter.</summary>
/// <param name="Search">Words the note's text must hold (lower case, no accents: see <c>NoteRows.Searchable</c>).</param>
public sealed record NoteFilter(string? Intent = null, string? SenderPhone = null, long? FromMs = null, long? ToMs = null, string? Search = null);

/// <summary>A company's notes, newest first, in keyset pages; and the notes due for an attempt, across companies, for the sweep.</summary>
public sealed class NoteQueries(SqlStore storage)
{
    public async Task<Page<NoteSummaryRow>> ListAsync(string companyId, NoteFilter filter, PageCursor? after, int take, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var conditions = new List<string> { "company_id = @CompanyId" };
        if (filter.Intent is not null)
        {
            conditions.Add("intent = @Intent");
        }

        if (filter.SenderPhone is not null)
        {
            conditions.Add("sender_phone = @SenderPhone");
        }

        if (filter.FromMs is not null)
        {
            conditions.Add("received_at_ms >= @FromMs");
        }

        if (filter.ToMs is not null)
        {
            conditions.Add("received_at_ms < @ToMs");
        }

        if (filter.Search is not null)
        {
            conditions.Add("search_text LIKE @Pattern ESCAPE '\\'");
        }

        if (after is not null)
        {
            conditions.Add(Keyset.Before("received_at_ms", "note_id"));
        }

        var sql = storage.Dialect.Take(
            "SELECT note_id AS NoteId, sender_phone AS SenderPhone, sender_name AS SenderName, status AS Status, intent AS Intent, title AS Title, " +
            "attempts AS Attempts, error AS Error, received_at_ms AS ReceivedAtMs, processed_at_ms AS ProcessedAtMs " +
            $"FROM notes WHERE {string.Join(" AND ", conditions)} ORDER BY received_at_ms DESC, note_id DESC");
        var rows = await storage.QueryAsync<NoteSummaryRow>(sql, new
        {
            CompanyId = companyId,
            filter.Intent,
            filter.SenderPhone,
            filter.FromMs,
            filter.ToMs,
            Pattern = filter.Search is null ? null : $"%{Escape(filter.Search)}%",
            AfterMs = after?.Position,
            AfterKey = after?.Key,
            Take = take + 1,
        }, cancellationToken);
        return Page.FromRows(rows, take, row => new PageCursor(row.ReceivedAtMs, row.NoteId));
    }

    /// <summary>Up to <paramref name="take"/> notes whose next attempt is due by <paramref name="nowMs"/>, earliest first.</summary>
    public Task<IReadOnlyList<string>> DueAsync(long nowMs, int take, CancellationToken cancellationToken = default) =>
        storage.QueryAsync<string>(
            storage.Dialect.Take("SELECT note_id FROM notes WHERE next_attempt_at_ms IS NOT NULL AND next_attempt_at_ms <= @NowMs ORDER BY next_attempt_at_ms"),
            new { NowMs = nowMs, Take = take }, cancellationToken);

    /// <summary>Voice notes stored while no transcription model was configured.</summary>
    public Task<IReadOnlyList<string>> WaitingAsync(int take, CancellationToken cancellationToken = default) =>
        storage.QueryAsync<string>(
            storage.Dialect.Take("SELECT note_id FROM notes WHERE status = @Status ORDER BY received_at_ms"),
            new { Status = "waiting", Take = take }, cancellationToken);

    private static string Escape(string words) => words.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
