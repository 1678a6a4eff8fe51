using Concierge.Grains.Interfaces.Projections;
using Concierge.Silo.Queries;
using Concierge.Silo.Storage;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;

namespace Concierge.Silo.Tests.Queries;

/// <summary>
/// The conversation list on a real store: ordering, keyset paging, filters, and both search strategies (the
/// text-index candidates for rare words, the per-call probe for common ones) giving the same pages. Plus, without
/// any timing: every list query is answered from an index, with no table scan and no sort.
/// </summary>
public abstract class ConversationQueriesConformance : IAsyncLifetime
{
    private const string Company = "acme";
    private static readonly DateTimeOffset Start = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly List<CallRow> calls = [];
    private SqlStore storage = null!;

    protected abstract Task<StorageOptions> OpenAsync();

    public async Task InitializeAsync()
    {
        var options = await OpenAsync();
        var dialect = options.Provider == StorageProvider.Postgres
            ? (SqlDialect)new PostgresDialect(options.ConnectionString!)
            : new SqliteDialect(options.ConnectionString!);
        storage = new SqlStore(dialect, Microsoft.Extensions.Options.Options.Create(options), TimeProvider.System, NullLogger<SqlStore>.Instance);
        await SeedAsync();
        await storage.MaintainAsync(); // what the silo does at start-up and hourly: plans below assume fresh statistics
    }

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task CallsComeNewestFirstAndPagesFollowEachOtherWithoutGapsOrRepeats()
    {
        var all = await AllPagesAsync(new ConversationFilter(Company), take: 7);

        Assert.Equal(calls.OrderByDescending(c => c.StartedAtMs).ThenByDescending(c => c.CallSid, StringComparer.Ordinal).Select(c => c.CallSid), all);
    }

    [Fact]
    public async Task TheLogReadsBackEveryCallExactlyAsTheGrainWroteIt()
    {
        var page = await new ConversationQueries(storage).ListAsync(new ConversationFilter(Company), null, take: 100);

        Assert.Equal(calls.OrderByDescending(c => c.StartedAtMs).ThenByDescending(c => c.CallSid, StringComparer.Ordinal), page.Items);
    }

    [Fact]
    public async Task HasCallKnowsOnlyTheCompanysOwnCalls()
    {
        var queries = new ConversationQueries(storage);

        Assert.True(await queries.HasCallAsync(Company, calls[0].CallSid));
        Assert.False(await queries.HasCallAsync("someone-else", calls[0].CallSid));
        Assert.False(await queries.HasCallAsync(Company, "CA-no-such-call"));
    }

    [Theory]
    [InlineData("kumquat")]
    [InlineData("delivery")]
    [InlineData("parcel delivery")]
    public async Task BothSearchStrategiesFindTheSameCallsInTheSameOrder(string words)
    {
        var expected = calls.Where(c => TurnText(c).Contains(words, StringComparison.Ordinal))
            .OrderByDescending(c => c.StartedAtMs).ThenByDescending(c => c.CallSid, StringComparer.Ordinal).Select(c => c.CallSid).ToList();

        var fromCandidates = await AllPagesAsync(new ConversationFilter(Company, Search: words), take: 4, searchCandidateCap: 1000);
        var fromProbes = await AllPagesAsync(new ConversationFilter(Company, Search: words), take: 4, searchCandidateCap: 2);

        Assert.NotEmpty(expected);
        Assert.Equal(expected, fromCandidates);
        Assert.Equal(expected, fromProbes);
    }

    [Fact]
    public async Task FiltersCombineAndStayWithinTheCompany()
    {
        var caller = calls[0].FromNumber;

        var byCaller = await AllPagesAsync(new ConversationFilter(Company, Caller: caller), take: 3);
        var blocked = await AllPagesAsync(new ConversationFilter(Company, Decision: "blocked", Search: "delivery"), take: 3);
        var window = await AllPagesAsync(new ConversationFilter(Company, From: Start.AddMinutes(10), Until: Start.AddMinutes(20)), take: 3);
        var elsewhere = await AllPagesAsync(new ConversationFilter("another-company", Search: "delivery"), take: 3);

        Assert.Equal(calls.Where(c => c.FromNumber == caller).OrderByDescending(c => c.StartedAtMs).Select(c => c.CallSid), byCaller);
        Assert.Equal(calls.Where(c => c.FinalDecision == "blocked" && TurnText(c).Contains("delivery", StringComparison.Ordinal)).OrderByDescending(c => c.StartedAtMs).Select(c => c.CallSid), blocked);
        Assert.Equal(10, window.Count);
        Assert.Empty(elsewhere);
    }

    public static TheoryData<string> NarrowingFilters => ["none", "decision-few", "decision-none", "caller", "window", "window-decision", "live"];

    [Theory]
    [MemberData(nameof(NarrowingFilters))]
    public async Task ACommonWordWithANarrowingFilterFindsExactlyItsCallsAcrossPages(string narrowing)
    {
        // A word said in 85 of 300 calls (over the cap of 5), but in few calls of each narrowing filter, and old ones:
        // 2 of the 50 blocked calls, 3 of the 60 from one caller, 2 of the 60 live ones, 2 of the 100 in a window, none of
        // the 50 completed ones. Pages of 1, 2 and 5 look 8, 12 and 24 calls up one by one on SQLite (32, 48 and 96 on
        // PostgreSQL) before collecting the matches, so some pages come from each way and some from both.
        const string bistro = "bistro";
        var seeded = await AddBistroCallsAsync(bistro, 300);
        var from = Start.AddHours(1).AddMinutes(20);
        var until = Start.AddHours(1).AddMinutes(120);
        var (filter, keep) = narrowing switch
        {
            "decision-few" => (new ConversationFilter(bistro, Decision: "blocked"), (Func<CallRow, bool>)(c => c.FinalDecision == "blocked")),
            "decision-none" => (new ConversationFilter(bistro, Decision: "completed"), c => c.FinalDecision == "completed"),
            "caller" => (new ConversationFilter(bistro, Caller: seeded[0].Call.FromNumber), c => c.FromNumber == seeded[0].Call.FromNumber),
            "window" => (new ConversationFilter(bistro, From: from, Until: until), c => c.StartedAtMs >= from.ToUnixTimeMilliseconds() && c.StartedAtMs < until.ToUnixTimeMilliseconds()),
            "window-decision" => (new ConversationFilter(bistro, Decision: "blocked", From: from, Until: until), c => c.FinalDecision == "blocked" && c.StartedAtMs >= from.ToUnixTimeMilliseconds() && c.StartedAtMs < until.ToUnixTimeMilliseconds()),
            "live" => (new ConversationFilter(bistro, LiveOnly: true), c => c.Status != "ended"),
            _ => (new ConversationFilter(bistro), _ => true),
        };
        var expected = seeded.Where(s => keep(s.Call) && s.Says("bonjour")).Select(s => s.Call)
            .OrderByDescending(c => c.StartedAtMs).ThenByDescending(c => c.CallSid, StringComparer.Ordinal).Select(c => c.CallSid).ToList();

        foreach (var take in (int[])[1, 2, 5])
        {
            Assert.Equal(expected, await AllPagesAsync(filter with { Search = "bonjour" }, take, searchCandidateCap: 5));
        }

        Assert.Equal(expected, await AllPagesAsync(filter with { Search = "bonjour" }, take: 2)); // the rare-word way agrees
    }

    [Fact]
    public async Task AnotherCompanysMatchesNeitherCountTowardsTheCapNorShowInTheResults()
    {
        // Twenty of another company's calls say "kumquat", said in three of ours: our three are still all the candidates.
        var rivals = await AddBistroCallsAsync("rival", 20, _ => "a kumquat for the rival");
        var ours = calls.Where(c => TurnText(c).Contains("kumquat", StringComparison.Ordinal)).Select(c => c.CallSid).Order().ToList();

        var named = await storage.QueryAsync<string>(
            storage.Dialect.TurnSearchCandidates, new { CompanyId = Company, Search = storage.Dialect.SearchArgument("kumquat"), Cap = 6 });
        var found = await AllPagesAsync(new ConversationFilter(Company, Search: "kumquat"), take: 2, searchCandidateCap: 5);
        var theirs = await AllPagesAsync(new ConversationFilter("rival", Search: "kumquat"), take: 7, searchCandidateCap: 5);

        Assert.Equal(ours, named.Distinct().Order());
        Assert.Equal(ours, found.Order());
        Assert.Equal(rivals.Select(r => r.Call.CallSid).Order(), theirs.Order());
    }

    [Fact]
    public async Task SearchWordsAreNeverQuerySyntax()
    {
        var page = await new ConversationQueries(storage).ListAsync(new ConversationFilter(Company, Search: "\"delivery\" OR NOT * AND ('"), null, 10);

        Assert.Empty(page.Items);
    }

    [Theory]
    [InlineData("\0", null)]
    [InlineData("delivery\0", "delivery")]
    [InlineData("parcel\u0001 delivery", "parcel delivery")]
    [InlineData("kum{lone surrogate}quat", "kumquat")]
    [InlineData("\u0001\u0002\u001f", null)]
    public async Task SearchTextWithControlCharactersIsSearchedWithoutThemInsteadOfFailing(string words, string? searched)
    {
        words = words.Replace("{lone surrogate}", "\ud800", StringComparison.Ordinal); // an attribute's string cannot carry one
        var expected = searched is null ? [] : await AllPagesAsync(new ConversationFilter(Company, Search: searched), take: 10);

        var fromCandidates = await AllPagesAsync(new ConversationFilter(Company, Search: words), take: 10, searchCandidateCap: 1000);
        var fromProbes = await AllPagesAsync(new ConversationFilter(Company, Search: words), take: 10, searchCandidateCap: 2);

        Assert.Equal(expected, fromCandidates);
        Assert.Equal(expected, fromProbes);
    }

    public static TheoryData<string> ListShapes =>
    [
        "all", "caller", "decision", "decision-cursor", "decision-window-cursor", "window", "cursor", "candidates",
        "probe", "probe-decision", "probe-cursor", "probe-few", "matches", "matches-caller", "matches-decision-cursor", "matches-window", "matches-live",
    ];

    [Theory]
    [MemberData(nameof(ListShapes))]
    public async Task EveryListQueryIsAnsweredFromAnIndexWithoutScanningOrSorting(string shape)
    {
        var (sql, arguments) = ShapeStatement(shape);
        var plan = await ExplainAsync(sql, arguments);

        AssertUsesAnIndex(plan, shape, IndexFor(shape));
    }

    public static TheoryData<string> MatchShapes => ["matches", "matches-caller", "matches-decision-cursor", "matches-window", "matches-live"];

    [Theory]
    [MemberData(nameof(MatchShapes))]
    public async Task ACommonWordsMatchesAreReadFromTheTextIndexOnceNotLookedUpForEachWalkedCall(string shape)
    {
        var (sql, arguments) = ShapeStatement(shape);
        var plan = await ExplainAsync(sql, arguments);

        AssertReadsTheTextIndexOnce(plan);
    }

    /// <summary>The page statement of each list shape: a filter, maybe a cursor, maybe a search and the way it is applied.</summary>
    private (string Sql, object Arguments) ShapeStatement(string shape)
    {
        var cursor = new PageCursor(Start.AddMinutes(15).ToUnixTimeMilliseconds(), "CA15");
        var delivery = storage.Dialect.SearchArgument("delivery");
        var (filter, after, search) = shape switch
        {
            "caller" => (new ConversationFilter(Company, Caller: calls[0].FromNumber), (PageCursor?)null, (TextSearch?)null),
            "decision" => (new ConversationFilter(Company, Decision: "blocked"), null, null),
            "decision-cursor" => (new ConversationFilter(Company, Decision: "blocked"), cursor, null),
            "decision-window-cursor" => (new ConversationFilter(Company, Decision: "blocked", From: Start, Until: Start.AddMinutes(30)), cursor, null),
            "window" => (new ConversationFilter(Company, From: Start, Until: Start.AddMinutes(10)), null, null),
            "cursor" => (new ConversationFilter(Company), cursor, null),
            "candidates" => (new ConversationFilter(Company, Search: "kumquat"), null, new TextSearch(storage.Dialect.SearchArgument("kumquat"), SearchMode.Candidates, ["CA1", "CA2"])),
            "probe" => (new ConversationFilter(Company, Search: "delivery"), null, new TextSearch(delivery, SearchMode.Probe)),
            "probe-decision" => (new ConversationFilter(Company, Decision: "blocked", Search: "delivery"), null, new TextSearch(delivery, SearchMode.Probe)),
            "probe-cursor" => (new ConversationFilter(Company, Search: "delivery"), cursor, new TextSearch(delivery, SearchMode.Probe)),
            "probe-few" => (new ConversationFilter(Company, LiveOnly: true, Search: "delivery"), null, new TextSearch(delivery, SearchMode.Probe, ["CA1", "CA2"])),
            "matches" => (new ConversationFilter(Company, Search: "delivery"), null, new TextSearch(delivery, SearchMode.Matches)),
            "matches-caller" => (new ConversationFilter(Company, Caller: calls[0].FromNumber, Search: "delivery"), null, new TextSearch(delivery, SearchMode.Matches)),
            "matches-decision-cursor" => (new ConversationFilter(Company, Decision: "blocked", Search: "delivery"), cursor, new TextSearch(delivery, SearchMode.Matches)),
            "matches-window" => (new ConversationFilter(Company, From: Start, Until: Start.AddMinutes(10), Search: "delivery"), null, new TextSearch(delivery, SearchMode.Matches)),
            "matches-live" => (new ConversationFilter(Company, Search: "delivery", LiveOnly: true), null, new TextSearch(delivery, SearchMode.Matches)),
            _ => (new ConversationFilter(Company), null, null),
        };

        return new ConversationQueries(storage).Statement(filter, after, 25, search);
    }

    /// <summary>The store's plan for <paramref name="sql"/>, as text.</summary>
    protected abstract Task<string> ExplainAsync(SqlStore store, string sql, object arguments);

    /// <summary>Fails unless the plan reads <c>calls</c> through <paramref name="index"/> in order (no full scan, no sort).</summary>
    protected abstract void AssertUsesAnIndex(string plan, string shape, string index);

    /// <summary>Fails unless the plan reads the matching turns from the text index once for the statement, not once per call.</summary>
    protected abstract void AssertReadsTheTextIndexOnce(string plan);

    /// <summary>The name of the <c>calls</c> primary key index in this store.</summary>
    protected abstract string PrimaryKeyIndex { get; }

    /// <summary>
    /// The index each list shape must be served by: the one whose leading columns match its filter and whose order is
    /// the list's; a handful of search candidates, or the few calls a filter has, are fetched by primary key.
    /// </summary>
    private string IndexFor(string shape) => shape switch
    {
        "caller" or "matches-caller" => "ix_calls_company_from",
        "decision" or "decision-cursor" or "decision-window-cursor" or "probe-decision" or "matches-decision-cursor" => "ix_calls_company_decision",
        "candidates" or "probe-few" => PrimaryKeyIndex,
        _ => "ix_calls_company_started",
    };

    private Task<string> ExplainAsync(string sql, object arguments) => ExplainAsync(storage, sql, arguments);

    private async Task<List<string>> AllPagesAsync(ConversationFilter filter, int take, int searchCandidateCap = ConversationQueries.SearchCandidateCap)
    {
        var queries = new ConversationQueries(storage, searchCandidateCap);
        var seen = new List<string>();
        PageCursor? after = null;
        do
        {
            var page = await queries.ListAsync(filter, after, take);
            seen.AddRange(page.Items.Select(c => c.CallSid));
            after = page.Next;
        }
        while (after is not null);

        return seen;
    }

    /// <summary>30 calls a minute apart (two pairs share a start time, to exercise the tie-break), three turns each.</summary>
    private async Task SeedAsync()
    {
        var writes = new List<ProjectionWrite>();
        for (var i = 0; i < 30; i++)
        {
            var started = Start.AddMinutes(i is 7 or 21 ? i - 1 : i).ToUnixTimeMilliseconds();
            var call = new CallRow
            {
                CallSid = $"CA{i}", CompanyId = Company, FromNumber = $"+1415555{i % 4:D4}", ToNumber = "+18005550000", Status = "ended",
                CallerName = i % 5 == 0 ? $"Caller {i}" : null, TransferOutcome = i % 3 == 1 ? "no-answer" : null, Category = i % 2 == 0 ? "personal" : null,
                FinalDecision = i % 3 == 0 ? "blocked" : "completed", Reason = "seeded", DecidedBy = "offline",
                StartedAtMs = started, EndedAtMs = started + 60_000, DurationSeconds = 60, TurnCount = 3, UpdatedAtMs = started,
            };
            calls.Add(call);
            writes.Add(new(ProjectionOperation.Upsert, call));
            string[] words = [$"hello this is caller {i}", i % 10 == 4 ? "I have a kumquat question" : i % 2 == 0 ? "about the parcel delivery today" : "just checking in", "thanks"];
            for (var seq = 1; seq <= 3; seq++)
            {
                writes.Add(new(ProjectionOperation.InsertIfAbsent, new TurnRow(call.CallSid, seq, Company, seq % 2 == 0 ? "concierge" : "caller", words[seq - 1], started + seq, null, null, null, null)));
            }
        }

        await storage.WriteAsync(new GrainStateKey("seed", Guid.NewGuid().ToString("N"), "seed"), "{}", null, writes);
    }

    /// <summary>A seeded call and what its caller said.</summary>
    private sealed record SeededCall(CallRow Call, string Said)
    {
        public bool Says(string word) => Said.Contains(word, StringComparison.Ordinal);
    }

    /// <summary>
    /// <paramref name="count"/> calls of <paramref name="company"/>, a minute apart from an hour after the main seed: every
    /// sixth blocked, the one after the third completed, the rest transferred; every fifth from one caller, the one after
    /// the second live. Unless <paramref name="said"/> says otherwise, "bonjour" is said in the transferred calls that are
    /// neither from that caller, nor live, nor between the 20th and the 120th minute; and in calls 0, 5, 17, 25 and 42
    /// (blocked: 0 and 42; from the caller: 0, 5 and 25; live: 17 and 42; in that window: 25 and 42).
    /// </summary>
    private async Task<List<SeededCall>> AddBistroCallsAsync(string company, int count, Func<int, string>? said = null)
    {
        said ??= i => (i % 6 is not (0 or 3) && i % 5 is not (0 or 2) && i is not (>= 20 and < 120)) || i is 0 or 5 or 17 or 25 or 42
            ? "bonjour, une table pour deux"
            : "a table for two";
        var seeded = new List<SeededCall>();
        var writes = new List<ProjectionWrite>();
        for (var i = 0; i < count; i++)
        {
            var started = Start.AddHours(1).AddMinutes(i).ToUnixTimeMilliseconds();
            var call = new CallRow
            {
                CallSid = $"CA{company}{i}", CompanyId = company, FromNumber = i % 5 == 0 ? "+14155550190" : $"+1415556{i:D4}", ToNumber = "+18005550001",
                Status = i % 5 == 2 ? "screening" : "ended", FinalDecision = (i % 6) switch { 0 => "blocked", 3 => "completed", _ => "transferred" },
                Reason = "seeded", DecidedBy = "offline", StartedAtMs = started, EndedAtMs = started + 60_000, DurationSeconds = 60, TurnCount = 2, UpdatedAtMs = started,
            };
            seeded.Add(new SeededCall(call, said(i)));
            writes.Add(new(ProjectionOperation.Upsert, call));
            writes.Add(new(ProjectionOperation.InsertIfAbsent, new TurnRow(call.CallSid, 1, company, "concierge", "bonsoir, who is calling?", started + 1, null, null, null, null)));
            writes.Add(new(ProjectionOperation.InsertIfAbsent, new TurnRow(call.CallSid, 2, company, "caller", said(i), started + 2, null, null, null, null)));
        }

        await storage.WriteAsync(new GrainStateKey("seed", Guid.NewGuid().ToString("N"), "seed"), "{}", null, writes);
        return seeded;
    }

    private static string TurnText(CallRow call)
    {
        var i = int.Parse(call.CallSid[2..], System.Globalization.CultureInfo.InvariantCulture);
        return i % 10 == 4 ? "I have a kumquat question" : i % 2 == 0 ? "about the parcel delivery today" : "just checking in";
    }

    protected static async Task<string> PlanAsync(SqlStore store, string explain, object arguments, string? setup = null)
    {
        await using var connection = await store.Dialect.OpenAsync(CancellationToken.None);
        if (setup is not null)
        {
            await connection.ExecuteAsync(setup);
        }

        var rows = await connection.QueryAsync(explain, arguments);
        return string.Join("\n", rows.Select(r => string.Join(" | ", ((IDictionary<string, object>)r).Values)));
    }
}
