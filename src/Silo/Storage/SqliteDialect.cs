using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Concierge.Silo.Storage;

/// <summary>
/// The embedded default: one SQLite file in WAL mode (readers never block the writer). SQLite has a single
/// writer per file, so this process queues its writes to one writer (group commit) instead of spinning on SQLITE_BUSY. When the file's
/// lock is held elsewhere (another process, a backup tool), Microsoft.Data.Sqlite retries a busy statement until the
/// connection's default timeout, blocking its thread meanwhile: that timeout is <see cref="SqlDialect.LockWait"/> (still so in
/// Microsoft.Data.Sqlite 10: with the file locked elsewhere, a webhook's write gives up after about 2 s).
/// </summary>
public sealed class SqliteDialect : SqlDialect
{
    private readonly string connectionString;

    public SqliteDialect(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString) { Pooling = true, DefaultTimeout = (int)Math.Ceiling(LockWait.TotalSeconds) };
        if (builder.DataSource is { Length: > 0 } file && file != ":memory:" && Path.GetDirectoryName(Path.GetFullPath(file)) is { } directory)
        {
            Directory.CreateDirectory(directory);
        }

        this.connectionString = builder.ToString();
        DataSource = builder.DataSource;
    }

    /// <summary>The database file.</summary>
    public string DataSource { get; }

    public override string ProviderName => "Sqlite";

    public override bool SingleWriter => true;

    // The batch's turns go into the search index in one statement: one FTS5 segment per batch instead of one per turn
    // (see migration 10). Runs inside the batch's transaction, so the index commits with the turns or not at all.
    // CROSS JOIN keeps the batch's few noted turns as the outer loop: ANALYZE runs while the note table is empty, so it
    // has no statistics, and the planner then guessed it the larger table and scanned every turn ever logged per batch.
    public override string BeforeGroupCommit =>
        "INSERT INTO call_turns_search (\"text\", call_sid) SELECT t.\"text\", t.call_sid FROM call_turns_unindexed u " +
        "CROSS JOIN call_turns t ON t.call_sid = u.call_sid AND t.seq = u.seq ORDER BY u.call_sid, u.seq; DELETE FROM call_turns_unindexed;";

    public override IReadOnlyList<string> Migrations => SqliteSchema.Migrations;

    public override string CreateMigrationsTable(string table) =>
        $"CREATE TABLE IF NOT EXISTS {table} (version INTEGER PRIMARY KEY, applied_at_ms INTEGER NOT NULL)";

    // The text index has no company: its matches are kept to the company's calls by key. CROSS JOIN keeps the index the
    // outer loop, so the statement stops at the cap; driven from the company's calls it would look each of them up instead.
    public override string TurnSearchCandidates =>
        "SELECT call_turns_search.call_sid FROM call_turns_search CROSS JOIN calls ON calls.call_sid = call_turns_search.call_sid " +
        "WHERE call_turns_search MATCH @Search AND calls.company_id = @CompanyId LIMIT @Cap";

    // One FTS query per call, restricted to that call's turns by its (indexed) call_sid: 0.1 to 0.3 ms each.
    public override string TurnSearchCondition(string callSid) =>
        $"EXISTS (SELECT 1 FROM call_turns_search WHERE call_turns_search MATCH ('call_sid:\"' || {callSid} || '\" AND ' || @Search))";

    // An uncorrelated IN subquery runs once, into a temporary index each walked call is looked up in (about 2 µs a matching
    // turn to collect). The unary + keeps the planner from driving the query by these keys instead: it cannot tell a
    // common word from a rare one, and fetching every matching call to sort them costs more than walking the calls index.
    public override string TurnSearchMatchSet =>
        "+call_sid IN (SELECT call_sid FROM call_turns_search WHERE call_turns_search MATCH @Search)";

    // SQLite's planner weighs two indexes serving the same order and range alike, and its sampled statistics (see
    // MaintenanceStatement) can make a selective column look useless: a list query names the index it needs.
    public override string IndexedBy(string index) => $" INDEXED BY {index}";

    /// <summary>An FTS5 phrase in the text column: the words in order, any FTS syntax in them inert.</summary>
    public override string SearchArgument(string words) => $"text:\"{words.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    // SQLite keeps no statistics by itself; without them it may walk the whole time index to dodge a small sort.
    // analysis_limit bounds the cost (about 0.2 s on a million turns).
    public override string? MaintenanceStatement => "PRAGMA analysis_limit = 1000; ANALYZE;";

    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    public override async Task PrepareAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        // WAL is a property of the file, set once; synchronous=FULL (the default) keeps every commit through power loss.
        await connection.ExecuteAsync(new CommandDefinition("PRAGMA journal_mode=WAL", cancellationToken: cancellationToken));
    }

    // BeginTransaction on Microsoft.Data.Sqlite is BEGIN IMMEDIATE: the write lock is taken up front, so
    // another process sharing the file cannot interleave a migration.
    public override Task LockSchemaAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) => Task.CompletedTask;

    public override Task<int> ExecuteWriteAsync(DbConnection connection, DbTransaction transaction, string sql, object arguments, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(SqliteStatementCache.Execute((SqliteConnection)connection, transaction, sql, arguments));
    }

    public override bool IsUniqueViolation(Exception exception) =>
        exception is SqliteException { SqliteErrorCode: 19 }; // SQLITE_CONSTRAINT
}
