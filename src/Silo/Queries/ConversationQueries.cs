using Concierge.Grains.Interfaces.Calls;
using Concierge.Grains.Interfaces.Projections;
using Concierge.Grains.Interfaces.Text;
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

/// <summary>The call log, newest first, in keyset pages.</summary>
public sealed class ConversationQueries(SqlStore storage, int searchCandidateCap = ConversationQueries.SearchCandidateCap)
{
    private const string Columns =
        "call_sid AS CallSid, company_id AS CompanyId, from_number AS FromNumber, to_number AS ToNumber, caller_name AS CallerName, status AS Status, " +
        "final_decision AS FinalDecision, reason AS Reason, transfer_outcome AS TransferOutcome, category AS Category, " +
        "decided_by AS DecidedBy, started_at_ms AS StartedAtMs, ended_at_ms AS EndedAtMs, duration_seconds AS DurationSeconds, turn_count AS TurnCount, updated_at_ms AS UpdatedAtMs";

    /// <summary>
    /// Below this many text matches a search is answered from the matches themselves; above it the words are common
    /// enough that walking the newest calls finds a page sooner. (Also keeps the IN list within every store's parameter limit.)
    /// </summary>
    public const int SearchCandidateCap = 1000;

    /// <summary>
    /// True when <paramref name="callSid"/> is one of <paramref name="companyId"/>'s calls: a primary-key probe of the
    /// projection, so a lookup of a call that does not exist never activates (and keeps in memory) a call grain.
    /// </summary>
    public async Task<bool> HasCallAsync(string companyId, string callSid, CancellationToken cancellationToken = default) =>
        (await storage.QueryAsync<string>(
            "SELECT call_sid FROM calls WHERE call_sid = @CallSid AND company_id = @CompanyId", new { CallSid = callSid, CompanyId = companyId }, cancellationToken)).Count > 0;

    /// <summary>
    /// The calls started since <paramref name="since"/> that need the owner, newest first: messages taken and urgent calls
    /// (the screener's category). Served by the index (company_id, started_at_ms) over the window only.
    /// </summary>
    public Task<IReadOnlyList<CallRow>> NeedingOwnerAsync(string companyId, DateTimeOffset since, int take, CancellationToken cancellationToken = default) =>
        storage.QueryAsync<CallRow>(
            storage.Dialect.Take(
                $"SELECT {Columns} FROM calls WHERE company_id = @CompanyId AND started_at_ms >= @SinceMs " +
                "AND (final_decision = @MessageTaken OR category = @Urgent) ORDER BY started_at_ms DESC, call_sid DESC"),
            new { CompanyId = companyId, SinceMs = since.ToUnixTimeMilliseconds(), MessageTaken = CallDecisions.MessageTaken, Urgent = UrgentCategory, Take = take },
            cancellationToken);

    /// <summary>The screener's category for an urgent call, as the call log stores it.</summary>
    public const string UrgentCategory = "urgent";

    public async Task<Page<CallRow>> ListAsync(ConversationFilter filter, PageCursor? after, int take, CancellationToken cancellationToken = default)
    {
        string? search = null;
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            // Control characters are no words: neither text index holds them, and they break the statements (a NUL ends
            // SQLite's FTS5 phrase early; PostgreSQL refuses it in any text). Searched without them; nothing else, no match.
            var words = SpeakableText.Clean(filter.Search).Trim();
            if (words.Length == 0)
            {
                return new Page<CallRow>([], null);
            }

            search = storage.Dialect.SearchArgument(words);
        }

        IReadOnlyList<string>? candidates = null;
        if (search is not null)
        {
            var matches = await storage.QueryAsync<string>(
                storage.Dialect.TurnSearchCandidates, new { filter.CompanyId, Search = search, Cap = searchCandidateCap + 1 }, cancellationToken);
            if (matches.Count <= searchCandidateCap)
            {
                candidates = [.. matches.Distinct()];
                if (candidates.Count == 0)
                {
                    return new Page<CallRow>([], null);
                }
            }
        }

        var (sql, arguments) = Statement(filter, after, take, search, candidates);
        var rows = await storage.QueryAsync<CallRow>(sql, arguments, cancellationToken);
        return Page.FromRows(rows, take, row => new PageCursor(row.StartedAtMs, row.CallSid));
    }

    /// <summary>
    /// The page query. A search is narrowed to <paramref name="candidates"/> when the text index gave them all, else
    /// (a common word) matched per call.
    /// </summary>
    internal (string Sql, object Arguments) Statement(ConversationFilter filter, PageCursor? after, int take, string? search, IReadOnlyList<string>? candidates)
    {
        var conditions = new List<string> { "company_id = @CompanyId" };
        if (candidates is not null)
        {
            conditions.Add(storage.Dialect.IsAnyOf("call_sid", "Candidates"));
        }
        else if (search is not null)
        {
            conditions.Add(storage.Dialect.TurnSearchCondition);
        }

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
            conditions.Add(Keyset.Before("started_at_ms", "call_sid"));
        }

        // A decision filter reads the decision index. With a time window and a cursor (page 2 on), SQLite otherwise walked
        // the start-time index, which serves the same order, and checked the decision of every older call: 4.8 ms instead
        // of 0.05 at 15,000 calls, growing with the log. A caller's calls, or a few search candidates, are fewer still.
        var table = filter.Decision is not null && filter.Caller is null && candidates is null
            ? "calls" + storage.Dialect.IndexedBy("ix_calls_company_decision")
            : "calls";
        var sql = storage.Dialect.Take($"SELECT {Columns} FROM {table} WHERE {string.Join(" AND ", conditions)} ORDER BY started_at_ms DESC, call_sid DESC");
        return (sql, new
        {
            filter.CompanyId,
            filter.Caller,
            filter.Decision,
            FromMs = filter.From?.ToUnixTimeMilliseconds(),
            UntilMs = filter.Until?.ToUnixTimeMilliseconds(),
            AfterMs = after?.Position,
            AfterKey = after?.Key,
            Search = search,
            Candidates = candidates?.ToArray(),
            Take = take + 1, // one more than asked tells whether a next page exists
        });
    }
}
