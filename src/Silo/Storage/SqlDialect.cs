using System.Collections.Concurrent;
using System.Data.Common;
using Concierge.Grains.Interfaces.Projections;
using Dapper;

namespace Concierge.Silo.Storage;

/// <summary>
/// What differs between SQL stores: connections, DDL, the insert-if-absent and upsert forms, how a
/// unique violation shows, and how schema migration is serialized across nodes. Everything else about
/// storing grain state lives once, in <see cref="SqlStore"/>.
/// </summary>
public abstract class SqlDialect
{
    private readonly ConcurrentDictionary<(Type, ProjectionOperation), string> projectionSql = new();

    public abstract string ProviderName { get; }

    /// <summary>Schema scripts; script i brings the schema to version i + 1. Append only, never edit.</summary>
    public abstract IReadOnlyList<string> Migrations { get; }

    /// <summary>Creates the table <paramref name="table"/> recording applied migrations (version, applied_at_ms), if missing.</summary>
    public abstract string CreateMigrationsTable(string table);

    public virtual string ReadState =>
        "SELECT payload AS Payload, version AS Version FROM grain_state " +
        "WHERE service_id = @ServiceId AND grain_type = @GrainType AND grain_key = @GrainKey AND state_name = @StateName";

    /// <summary>Inserts version 1; affects zero rows when a record already exists.</summary>
    public virtual string InsertState =>
        "INSERT INTO grain_state (service_id, grain_type, grain_key, state_name, payload, version, updated_at_ms) " +
        "VALUES (@ServiceId, @GrainType, @GrainKey, @StateName, @Payload, 1, @NowMs) ON CONFLICT DO NOTHING";

    /// <summary>Writes payload and bumps the version; affects zero rows when the version moved on.</summary>
    public virtual string UpdateState =>
        "UPDATE grain_state SET payload = @Payload, version = version + 1, updated_at_ms = @NowMs " +
        "WHERE service_id = @ServiceId AND grain_type = @GrainType AND grain_key = @GrainKey AND state_name = @StateName AND version = @Version";

    /// <summary>
    /// First step of a search over what was said: up to <c>@Cap</c> <c>call_sid</c>s of company <c>@CompanyId</c>'s turns
    /// whose text matches <c>@Search</c> (duplicates allowed), taken straight from the store's text index. A rare word
    /// yields every match here; another company's matches must not count towards the cap.
    /// </summary>
    public abstract string TurnSearchCandidates { get; }

    /// <summary>
    /// For a word too common for the first step: a condition that the call whose <c>call_sid</c> is the expression
    /// <paramref name="callSid"/> has a turn matching <c>@Search</c>, one lookup per row it is checked on. Cheap while the
    /// newest calls match; for a walk of bounded length only.
    /// </summary>
    public abstract string TurnSearchCondition(string callSid);

    /// <summary>
    /// For a common word the walked calls rarely say: a condition on a <c>calls</c> row that it is one of the calls with a
    /// turn matching <c>@Search</c>, those calls collected once for the statement (not looked up row by row), so its cost
    /// is the word's matches however many calls the filter leaves to walk.
    /// </summary>
    public abstract string TurnSearchMatchSet { get; }

    /// <summary>
    /// How many pages' worth of the newest calls a common word is looked up in one by one (<see cref="TurnSearchCondition"/>)
    /// before its matching calls are collected instead (<see cref="TurnSearchMatchSet"/>): when most calls say the word, a
    /// page fills within these; when few do, collecting is cheaper than looking further. Where the two costs stand decides it.
    /// </summary>
    public virtual int SearchProbePages => 4;

    /// <summary>The user's search words as the turn-search statements expect them (quoted, so they are never query syntax).</summary>
    public abstract string SearchArgument(string words);

    /// <summary>What keeps the planner's statistics fresh, run at start-up and hourly; null when the server does it (autovacuum).</summary>
    public virtual string? MaintenanceStatement => null;

    /// <summary>A condition that <paramref name="column"/> is one of the list parameter <paramref name="parameter"/> (Dapper expands lists).</summary>
    public virtual string IsAnyOf(string column, string parameter) => $"{column} IN @{parameter}";

    /// <summary>Limits an ordered SELECT to as many rows as the parameter <paramref name="count"/> says.</summary>
    public virtual string Take(string orderedSelect, string count = "Take") => $"{orderedSelect} LIMIT @{count}";

    /// <summary>
    /// A store with one writer at a time (SQLite): its writes are queued to one writer that commits them in batches
    /// (<see cref="GroupCommitWriter"/>) instead of contending for the file. Others commit on pooled connections.
    /// </summary>
    public virtual bool SingleWriter => false;

    /// <summary>
    /// What a group commit runs once, after every write of its batch and before COMMIT (<see cref="SingleWriter"/> stores
    /// only): work cheaper done for the batch than for each write. Null when there is none.
    /// </summary>
    public virtual string? BeforeGroupCommit => null;

    /// <summary>
    /// The longest a write waits for the store's lock once it is running: (SQLite) for the file's lock held by another
    /// connection or process. That wait cannot be cut short, and a webhook must answer within 15 s: a write that cannot
    /// get the store in this time fails (the provider's busy error) and writes nothing. A write's wait for its turn at the
    /// single writer is bounded separately (<see cref="GroupCommitWriter.QueueWait"/>) and ends when its caller gives up.
    /// </summary>
    public static readonly TimeSpan LockWait = TimeSpan.FromSeconds(2);

    public abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>Runs before migrating, outside any transaction (SQLite switches to WAL here).</summary>
    public virtual Task PrepareAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Takes the lock that keeps two nodes from migrating at once, inside <paramref name="transaction"/>.</summary>
    public abstract Task LockSchemaAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken);

    public abstract bool IsUniqueViolation(Exception exception);

    /// <summary>
    /// Runs one of the store's own write statements (grain state, projection rows) with <paramref name="arguments"/>'s
    /// properties as parameters; the rows it changed. A dialect may keep these statements prepared (SQLite does).
    /// </summary>
    public virtual Task<int> ExecuteWriteAsync(DbConnection connection, DbTransaction transaction, string sql, object arguments, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(sql, arguments, transaction, cancellationToken: cancellationToken));

    /// <summary>
    /// Runs a grain write's statements in order, its state first, then its projection rows, and returns the rows each
    /// changed. One by one here, stopping after a state statement that changed nothing (a stale write: the rest would be
    /// rolled back); a dialect that can send them in one round trip does so and runs them all. A unique violation comes out
    /// as a <see cref="WriteStatementException"/> naming the statement.
    /// </summary>
    public virtual async Task<int[]> ExecuteWritesAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<WriteStatement> statements, CancellationToken cancellationToken)
    {
        var changed = new int[statements.Count];
        for (var i = 0; i < statements.Count && (i == 0 || changed[0] > 0); i++)
        {
            try
            {
                changed[i] = await ExecuteWriteAsync(connection, transaction, statements[i].Sql, statements[i].Arguments, cancellationToken);
            }
            catch (Exception e) when (IsUniqueViolation(e))
            {
                throw new WriteStatementException(i, changed[..i], e);
            }
        }

        return changed;
    }

    /// <summary>
    /// Appended to a table name, makes the store read the table through <paramref name="index"/>; empty (the store's planner
    /// decides) unless a dialect needs it.
    /// </summary>
    public virtual string IndexedBy(string index) => "";

    /// <summary>The statement applying <paramref name="operation"/> to a row of <paramref name="rowType"/>.</summary>
    public string ProjectionStatement(Type rowType, ProjectionOperation operation) =>
        projectionSql.GetOrAdd((rowType, operation), key =>
        {
            var table = ProjectionTable.For(key.Item1);
            return key.Item2 switch
            {
                ProjectionOperation.Insert => Insert(table),
                ProjectionOperation.Upsert => Upsert(table),
                ProjectionOperation.InsertIfAbsent => InsertIfAbsent(table),
                _ => Delete(table),
            };
        });

    protected virtual string Upsert(ProjectionTable table)
    {
        var updates = table.Updated.Select(c => $"{Quote(c.Column)} = excluded.{Quote(c.Column)}").ToList();
        return updates.Count == 0
            ? InsertIfAbsent(table)
            : $"{Insert(table)} ON CONFLICT ({KeyList(table)}) DO UPDATE SET {string.Join(", ", updates)}";
    }

    protected virtual string InsertIfAbsent(ProjectionTable table) => $"{Insert(table)} ON CONFLICT ({KeyList(table)}) DO NOTHING";

    /// <summary>Quotes an identifier, so column names such as <c>text</c> or <c>action</c> never collide with keywords.</summary>
    protected virtual string Quote(string identifier) => $"\"{identifier}\"";

    protected string Insert(ProjectionTable table) =>
        $"INSERT INTO {Quote(table.Name)} ({ColumnList(table)}) VALUES ({ParameterList(table)})";

    protected string ColumnList(ProjectionTable table) => string.Join(", ", table.Columns.Select(c => Quote(c.Column)));

    protected static string ParameterList(ProjectionTable table) => string.Join(", ", table.Columns.Select(c => "@" + c.Property));

    protected string KeyMatch(ProjectionTable table) =>
        string.Join(" AND ", table.Keys.Select(c => $"{Quote(c.Column)} = @{c.Property}"));

    private string KeyList(ProjectionTable table) => string.Join(", ", table.Keys.Select(c => Quote(c.Column)));

    private string Delete(ProjectionTable table) => $"DELETE FROM {Quote(table.Name)} WHERE {KeyMatch(table)}";
}
