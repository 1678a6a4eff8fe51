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
    /// Below this many text matches (turns) a search is answered from the matches themselves; above it the word is common
    /// (see <see cref="ListAsync"/>). Also keeps the IN list within every store's parameter limit.
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

    /// <summary>
    /// One page of the company's calls matching <paramref name="filter"/>, newest first (by start, then CallSid), after
    /// <paramref name="after"/>. A search costs at most a few pages' worth of lookups and the word's matches, whatever the
    /// filter leaves to walk.
    /// </summary>
    public async Task<Page<CallRow>> ListAsync(ConversationFilter filter, PageCursor? after, int take, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(filter.Search))
        {
            return ToPage(await RowsAsync(filter, after, take, null, cancellationToken), take);
        }

        // Control characters are no words: neither text index holds them, and they break the statements (a NUL ends
        // SQLite's FTS5 phrase early; PostgreSQL refuses it in any text). Searched without them; nothing else, no match.
        var words = SpeakableText.Clean(filter.Search).Trim();
        if (words.Length == 0)
        {
            return new Page<CallRow>([], null);
        }

        var search = storage.Dialect.SearchArgument(words);
        var matches = await storage.QueryAsync<string>(
            storage.Dialect.TurnSearchCandidates, new { filter.CompanyId, Search = search, Cap = searchCandidateCap + 1 }, cancellationToken);
        if (matches.Count <= searchCandidateCap)
        {
            return matches.Count == 0
                ? new Page<CallRow>([], null)
                : ToPage(await RowsAsync(filter, after, take, new TextSearch(search, SearchMode.Candidates, [.. matches.Distinct()]), cancellationToken), take);
        }

        // A common word: the newest calls of the filter are looked up one by one, which fills a page soon when most of them
        // say it. When few of them do (a decision, a caller, a time window or a later page the word is rare in), that walk
        // went on through the log, one text-index query per call (0.1 to 0.3 ms each on SQLite: 0.7 s at 15,000 calls for
        // a decision none of whose calls say the word). So it stops after a few pages' worth, and if the filter's calls go
        // on past it, the page is answered from the calls the word matches, collected once: a cost bounded by the word's
        // matches instead of the length of the walk. Whether they go on is read first, as the keys of one more call than
        // the walk: when they do not, those keys are all the filter's calls, and each is looked up by key (a filter without
        // an index, live calls, then reads the log once, not once to look up and again to know it ended).
        var walk = Walk(take);
        var walked = await storage.QueryAsync<string>(
            storage.Dialect.Take($"SELECT call_sid FROM {Table(filter)} WHERE {Range(filter, after)}{Order}"), Arguments(filter, after, walk, null), cancellationToken);
        if (walked.Count <= walk)
        {
            return walked.Count == 0
                ? new Page<CallRow>([], null)
                : ToPage(await RowsAsync(filter, after, take, new TextSearch(search, SearchMode.Probe, walked), cancellationToken), take);
        }

        var rows = await RowsAsync(filter, after, take, new TextSearch(search, SearchMode.Probe), cancellationToken);
        if (rows.Count <= take)
        {
            rows = await RowsAsync(filter, after, take, new TextSearch(search, SearchMode.Matches), cancellationToken);
        }

        return ToPage(rows, take);
    }

    private static Page<CallRow> ToPage(IReadOnlyList<CallRow> rows, int take) =>
        Page.FromRows(rows, take, row => new PageCursor(row.StartedAtMs, row.CallSid));

    private Task<IReadOnlyList<CallRow>> RowsAsync(ConversationFilter filter, PageCursor? after, int take, TextSearch? search, CancellationToken cancellationToken)
    {
        var (sql, arguments) = Statement(filter, after, take, search);
        return storage.QueryAsync<CallRow>(sql, arguments, cancellationToken);
    }

    /// <summary>
    /// How many of the filter's newest calls a common word is looked up in before its matches are collected; never more
    /// than the candidate cap, which keeps the keys of a walk that ended the filter's calls within every store's parameter
    /// limit (SQL Server's 2,100; a CSV export asks for pages of 500).
    /// </summary>
    private int Walk(int take) => Math.Min(storage.Dialect.SearchProbePages * (take + 1), SearchCandidateCap);

    /// <summary>The page query: the filter's calls newest first, <paramref name="take"/> + 1 of them, narrowed by <paramref name="search"/>.</summary>
    internal (string Sql, object Arguments) Statement(ConversationFilter filter, PageCursor? after, int take, TextSearch? search = null)
    {
        var dialect = storage.Dialect;
        var range = Range(filter, after);
        var sql = search switch
        {
            // A handful of calls, fetched by key and sorted.
            { Mode: SearchMode.Candidates } => $"SELECT {Columns} FROM calls WHERE {range} AND {dialect.IsAnyOf("call_sid", "Calls")}{Order}",
            { Mode: SearchMode.Probe, Calls: not null } =>
                $"SELECT {Columns} FROM calls WHERE {range} AND {dialect.IsAnyOf("call_sid", "Calls")} AND {dialect.TurnSearchCondition("calls.call_sid")}{Order}",
            { Mode: SearchMode.Probe } =>
                $"SELECT {Columns} FROM ({dialect.Take($"SELECT * FROM {Table(filter)} WHERE {range}{Order}", "Walk")}) walked " +
                $"WHERE {dialect.TurnSearchCondition("walked.call_sid")}{Order}",
            { Mode: SearchMode.Matches } => $"SELECT {Columns} FROM {Table(filter)} WHERE {range} AND {dialect.TurnSearchMatchSet}{Order}",
            _ => $"SELECT {Columns} FROM {Table(filter)} WHERE {range}{Order}",
        };
        return (dialect.Take(sql), Arguments(filter, after, take, search));
    }

    private const string Order = " ORDER BY started_at_ms DESC, call_sid DESC";

    /// <summary>The conditions of the filter and the cursor, without the search.</summary>
    private static string Range(ConversationFilter filter, PageCursor? after)
    {
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
            conditions.Add(Keyset.Before("started_at_ms", "call_sid"));
        }

        return string.Join(" AND ", conditions);
    }

    // A decision filter reads the decision index. With a time window and a cursor (page 2 on), SQLite otherwise walked the
    // start-time index, which serves the same order, and checked the decision of every older call: 4.8 ms instead of 0.05
    // at 15,000 calls, growing with the log. A caller's calls are fewer still.
    private string Table(ConversationFilter filter) =>
        filter.Decision is not null && filter.Caller is null ? "calls" + storage.Dialect.IndexedBy("ix_calls_company_decision") : "calls";

    private object Arguments(ConversationFilter filter, PageCursor? after, int take, TextSearch? search) => new
    {
        filter.CompanyId,
        filter.Caller,
        filter.Decision,
        FromMs = filter.From?.ToUnixTimeMilliseconds(),
        UntilMs = filter.Until?.ToUnixTimeMilliseconds(),
        AfterMs = after?.Position,
        AfterKey = after?.Key,
        Search = search?.Argument,
        Calls = search?.Calls?.ToArray(),
        Walk = Walk(take),
        Take = take + 1, // one more than asked tells whether a next page exists
    };
}

/// <summary>How the page query applies a text search (see <see cref="ConversationQueries.ListAsync"/>).</summary>
internal enum SearchMode
{
    /// <summary>Only the calls the text index named: a rare word.</summary>
    Candidates,

    /// <summary>
    /// Each of the newest calls of the filter in turn, at most a walk's worth: a common word most calls say. Or each of the
    /// given calls, when they are all the filter's.
    /// </summary>
    Probe,

    /// <summary>Against every call the word matches, collected once for the statement: a common word the filter's calls rarely say.</summary>
    Matches,
}

/// <summary>A search as the page query applies it: the dialect's search argument, the way, and the calls it is limited to, if any.</summary>
internal sealed record TextSearch(string Argument, SearchMode Mode, IReadOnlyList<string>? Calls = null);
