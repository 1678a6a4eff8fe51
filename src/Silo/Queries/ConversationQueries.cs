using Concierge.Silo.Storage;

namespace Concierge.Silo.Queries;

/// <summary>What a conversation list may be narrowed to; every filter is served by an index.</summary>
public sealed record ConversationFilter(
    string CompanyId,
    string? Caller = null,
    string? Decision = null,
    DateTimeOffset? From = null,
    DateTimeOffset? Until = null,
    string? Search = null,
    bool LiveOnly = false);

/// <summary>A call as the conversation list shows it (times in Unix milliseconds, as stored).</summary>
public sealed class CallSummary
{
    public string CallSid { get; init; } = "";

    public string FromNumber { get; init; } = "";

    public string ToNumber { get; init; } = "";

    public string? CallerName { get; init; }

    public string Status { get; init; } = "";

    public string? FinalDecision { get; init; }

    public string? Reason { get; init; }

    public string? TransferOutcome { get; init; }

    public string? Category { get; init; }

    public string? DecidedBy { get; init; }

    public long StartedAtMs { get; init; }

    public long? EndedAtMs { get; init; }

    public int? DurationSeconds { get; init; }

    public int TurnCount { get; init; }
}

/// <summary>The call log, newest first, in keyset pages.</summary>
public sealed class ConversationQueries(SqlGrainStorage storage)
{
    private const string Columns =
        "call_sid AS CallSid, from_number AS FromNumber, to_number AS ToNumber, caller_name AS CallerName, status AS Status, " +
        "final_decision AS FinalDecision, reason AS Reason, transfer_outcome AS TransferOutcome, category AS Category, " +
        "decided_by AS DecidedBy, started_at_ms AS StartedAtMs, ended_at_ms AS EndedAtMs, duration_seconds AS DurationSeconds, turn_count AS TurnCount";

    public async Task<Page<CallSummary>> ListAsync(ConversationFilter filter, PageCursor? after, int take, CancellationToken cancellationToken = default)
    {
        var dialect = storage.Dialect;
        var conditions = new List<string> { "company_id = @CompanyId" };
        if (filter.Caller is not null)
        {
            conditions.Add("from_number = @Caller");
        }

        if (filter.Decision is not null)
        {
            conditions.Add("final_decision = @Decision");
        }

        if (filter.LiveOnly)
        {
            conditions.Add("status <> 'ended'");
        }

        if (filter.From is not null)
        {
            conditions.Add("started_at_ms >= @FromMs");
        }

        if (filter.Until is not null)
        {
            conditions.Add("started_at_ms < @UntilMs");
        }

        if (after is not null)
        {
            conditions.Add("(started_at_ms < @AfterMs OR (started_at_ms = @AfterMs AND call_sid < @AfterSid))");
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            conditions.Add($"call_sid IN ({dialect.TurnSearch})");
        }

        var sql = dialect.Take($"SELECT {Columns} FROM calls WHERE {string.Join(" AND ", conditions)} ORDER BY started_at_ms DESC, call_sid DESC");
        var rows = await storage.QueryAsync<CallSummary>(sql, new
        {
            filter.CompanyId,
            filter.Caller,
            filter.Decision,
            FromMs = filter.From?.ToUnixTimeMilliseconds(),
            UntilMs = filter.Until?.ToUnixTimeMilliseconds(),
            AfterMs = after?.Position,
            AfterSid = after?.Key,
            Search = string.IsNullOrWhiteSpace(filter.Search) ? null : dialect.SearchArgument(filter.Search.Trim()),
            Take = take + 1, // one more than asked tells whether a next page exists
        }, cancellationToken);
        return Page.FromRows(rows, take, row => new PageCursor(row.StartedAtMs, row.CallSid));
    }
}
