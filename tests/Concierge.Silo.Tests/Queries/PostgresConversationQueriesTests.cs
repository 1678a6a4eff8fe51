using Concierge.Silo.Storage;
using Concierge.TestSupport;

namespace Concierge.Silo.Tests.Queries;

public sealed class PostgresConversationQueriesTests : ConversationQueriesConformance
{
    private PostgresDatabase database = null!;

    protected override async Task<StorageOptions> OpenAsync()
    {
        database = await PostgresDatabase.CreateAsync();
        return TestStores.Postgres(database.ConnectionString);
    }

    public override async Task DisposeAsync() => await database.DisposeAsync();

    // With 30 rows a sequential scan is honestly cheapest, so it is ruled out: the question is whether an index path exists.
    protected override Task<string> ExplainAsync(SqlStore store, string sql, object arguments) =>
        PlanAsync(store, "EXPLAIN " + sql, arguments, setup: "SET enable_seqscan = off");

    protected override string PrimaryKeyIndex => "calls_pkey";

    protected override void AssertUsesAnIndex(string plan, string shape, string index)
    {
        Assert.DoesNotContain("Seq Scan on calls", plan, StringComparison.Ordinal);
        if (shape is "candidates" or "probe-few")
        {
            // With thirty rows PostgreSQL may reach two keys through either index; at scale its statistics pick the key
            // (see ./bench.sh conversations). Any index path will do here.
            Assert.Matches(@"Index (Only )?Scan (Backward )?using \w+ on calls", plan);
            return;
        }

        Assert.Matches($@"Index (Only )?Scan (Backward )?using {index} on calls", plan);

        Assert.DoesNotMatch(@"(?m)^\s*(->\s*)?Sort ", plan);
        if (shape is "cursor" or "window" or "decision-cursor" or "decision-window-cursor" or "probe-cursor" or "matches-decision-cursor" or "matches-window")
        {
            Assert.Matches(@"Index Cond: .*started_at_ms <", plan); // the cursor or window bounds the index range
        }

        if (shape.StartsWith("probe", StringComparison.Ordinal))
        {
            Assert.Matches(@"(?s)Subquery Scan on walked.*->\s+Limit", plan); // the calls looked up one by one are a bounded walk
        }
    }

    // A per-call lookup shows as a scan of call_turns keyed by the walked call (a nested loop's inner side), or a SubPlan
    // run per row. A CTE runs once, however often the join reads its rows.
    protected override void AssertReadsTheTextIndexOnce(string plan)
    {
        Assert.DoesNotContain("SubPlan", plan, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"Index Cond: \(call_sid = calls\.call_sid\)", plan);
        Assert.Matches(@"(?s)CTE matched\n.*Bitmap Index Scan on ix_call_turns_text_search", plan);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(plan, "on call_turns"));
    }
}
