using Concierge.Silo.Storage;
using Concierge.TestSupport;

namespace Concierge.Silo.Tests.Queries;

public sealed class SqliteConversationQueriesTests : ConversationQueriesConformance, IDisposable
{
    private readonly TempDirectory directory = new();

    protected override Task<StorageOptions> OpenAsync() => Task.FromResult(TestStores.Sqlite(directory.File("queries.db")));

    protected override Task<string> ExplainAsync(SqlStore store, string sql, object arguments) =>
        PlanAsync(store, "EXPLAIN QUERY PLAN " + sql, arguments);

    protected override string PrimaryKeyIndex => "sqlite_autoindex_calls_1";

    protected override void AssertUsesAnIndex(string plan, string shape, string index)
    {
        Assert.DoesNotMatch(@"SCAN (TABLE )?calls", plan);
        var byKey = shape is "candidates" or "probe-few";
        Assert.Matches($@"SEARCH (TABLE )?calls USING (COVERING )?INDEX {index} \({(byKey ? "call_sid" : "company_id")}=\?", plan);
        if (byKey)
        {
            return; // a handful of rows by primary key, then sorted: the cheapest way
        }

        Assert.DoesNotContain("TEMP B-TREE FOR ORDER BY", plan, StringComparison.Ordinal);
        if (shape is "cursor" or "window" or "decision-cursor" or "decision-window-cursor" or "probe-cursor" or "matches-decision-cursor" or "matches-window")
        {
            Assert.Contains("started_at_ms<?", plan, StringComparison.Ordinal); // the cursor or window bounds the index range
        }

        if (shape.StartsWith("probe", StringComparison.Ordinal))
        {
            Assert.Contains("CO-ROUTINE walked", plan, StringComparison.Ordinal); // the calls probed one by one are a bounded walk
        }
    }

    // A per-call lookup shows as a correlated subquery, run for each row; a list subquery runs once, into a temporary index.
    protected override void AssertReadsTheTextIndexOnce(string plan)
    {
        Assert.DoesNotContain("CORRELATED", plan, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^(\d+) \| \d+ \| \d+ \| LIST SUBQUERY \d+\n\d+ \| \1 \| \d+ \| SCAN call_turns_search VIRTUAL TABLE", plan); // (id | parent | - | step)
    }

    public void Dispose() => directory.Dispose();
}
