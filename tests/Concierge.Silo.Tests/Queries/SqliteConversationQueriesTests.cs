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
        Assert.Matches($@"SEARCH (TABLE )?calls USING (COVERING )?INDEX {index} \({(shape == "candidates" ? "call_sid" : "company_id")}=\?", plan);
        if (shape == "candidates")
        {
            return; // a handful of rows by primary key, then sorted: the cheapest way
        }

        Assert.DoesNotContain("TEMP B-TREE FOR ORDER BY", plan, StringComparison.Ordinal);
        if (shape is "cursor" or "window" or "decision-cursor" or "decision-window-cursor")
        {
            Assert.Contains("started_at_ms<?", plan, StringComparison.Ordinal); // the cursor or window bounds the index range
        }
    }

    public void Dispose() => directory.Dispose();
}
