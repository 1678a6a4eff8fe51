using System.Data.Common;
using System.Globalization;
using Concierge.Grains.Interfaces.Phones;
using Concierge.Grains.Interfaces.Projections;
using Dapper;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Storage;

namespace Concierge.Silo.Storage;

/// <summary>Where one piece of grain state is stored: grain type, grain key, state name.</summary>
public sealed record GrainStateKey(string GrainType, string GrainKey, string StateName);

/// <summary>A stored record: the serialized state (null after a clear) and its version, the ETag.</summary>
public sealed record StoredState(string? Payload, long Version);

/// <summary>
/// The SQL store (SQLite, PostgreSQL, SQL Server): grain state with an integer version as ETag, the projection tables
/// the API and dashboard query, and the schema of both. Every provider passes the same conformance suite:
/// <list type="bullet">
/// <item>a first write (no expected version) inserts only if no record exists, else it conflicts;</item>
/// <item>a later write updates only where the stored version equals the expected one, else it conflicts;</item>
/// <item>a conflict throws <see cref="InconsistentStateException"/> and changes nothing;</item>
/// <item>projection rows commit in the same transaction as the state, or not at all.</item>
/// </list>
/// Grains reach it through Orleans as <see cref="SqlGrainStorage"/>.
/// </summary>
public sealed class SqlStore(SqlDialect dialect, IOptions<StorageOptions> options, TimeProvider time, ILogger<SqlStore> logger)
{
    private readonly Lock schemaLock = new();
    private static readonly object NoArguments = new();

    private readonly GroupCommitWriter? groupCommit = dialect.SingleWriter
        ? new GroupCommitWriter(
            dialect.OpenAsync,
            dialect.BeforeGroupCommit is { } sql ? (connection, transaction) => dialect.ExecuteWriteAsync(connection, transaction, sql, NoArguments, CancellationToken.None) : null,
            $"{dialect.ProviderName} writer")
        : null;
    private Task? schema;
    private long pooledWrites;

    public string ProviderName => dialect.ProviderName;

    public SqlDialect Dialect => dialect;

    /// <summary>
    /// Writes committed so far and the transactions that committed them: on a single-writer store (SQLite) concurrent writes
    /// share a transaction (group commit), so under load there are fewer transactions than writes.
    /// </summary>
    public (long Writes, long Transactions) Committed =>
        groupCommit?.Committed ?? (Interlocked.Read(ref pooledWrites), Interlocked.Read(ref pooledWrites));

    /// <summary>Creates or migrates the schema (idempotent, safe to run from several nodes at once).</summary>
    public Task EnsureSchemaAsync(CancellationToken cancellationToken = default)
    {
        lock (schemaLock)
        {
            // A failed migration (store down at start-up) is retried by the next caller, so the node recovers without a restart.
            if (schema is null || schema.IsFaulted || schema.IsCanceled)
            {
                schema = MigrateAsync();
            }

            return schema.WaitAsync(cancellationToken);
        }
    }

    /// <summary>Reads a record; null when none was ever written.</summary>
    public async Task<StoredState?> ReadAsync(GrainStateKey key, CancellationToken cancellationToken = default)
    {
        await EnsureSchemaAsync(cancellationToken);
        await using var connection = await dialect.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<StoredState>(
            new CommandDefinition(dialect.ReadState, Arguments(key, payload: null, version: 0), cancellationToken: cancellationToken));
    }

    /// <summary>Writes <paramref name="payload"/> if the stored version is <paramref name="expectedVersion"/> (null: no record). Returns the new version.</summary>
    public Task<long> WriteAsync(GrainStateKey key, string payload, long? expectedVersion, IReadOnlyList<ProjectionWrite> projections, CancellationToken cancellationToken = default) =>
        InTransactionAsync(async (connection, transaction) =>
        {
            var statement = expectedVersion is null ? dialect.InsertState : dialect.UpdateState;
            await WriteStatementsAsync(connection, transaction, key, expectedVersion, new WriteStatement(statement, Arguments(key, payload, expectedVersion ?? 0)), projections, cancellationToken);
            return (expectedVersion ?? 0) + 1;
        }, cancellationToken);

    /// <summary>Clears a record if its version is <paramref name="expectedVersion"/>, keeping a tombstone version. Returns the new version.</summary>
    public Task<long> ClearAsync(GrainStateKey key, long expectedVersion, IReadOnlyList<ProjectionWrite> projections, CancellationToken cancellationToken = default) =>
        InTransactionAsync(async (connection, transaction) =>
        {
            await WriteStatementsAsync(connection, transaction, key, expectedVersion, new WriteStatement(dialect.UpdateState, Arguments(key, payload: null, expectedVersion)), projections, cancellationToken);
            return expectedVersion + 1;
        }, cancellationToken);

    /// <summary>Runs a read query against the projection tables (the schema is ensured first).</summary>
    public async Task<IReadOnlyList<T>> QueryAsync<T>(string sql, object? arguments, CancellationToken cancellationToken = default)
    {
        await EnsureSchemaAsync(cancellationToken);
        await using var connection = await dialect.OpenAsync(cancellationToken);
        return [.. await connection.QueryAsync<T>(new CommandDefinition(sql, arguments, cancellationToken: cancellationToken))];
    }

    /// <summary>Refreshes what the store's query planner knows about the data (a no-op where the server does it itself).</summary>
    public async Task MaintainAsync(CancellationToken cancellationToken = default)
    {
        if (dialect.MaintenanceStatement is { } statement)
        {
            await ExecuteAsync(statement, null, cancellationToken);
        }
    }

    /// <summary>Runs one statement outside any grain's state (e.g. storing a data protection key), in a transaction of its own.</summary>
    public Task<int> ExecuteAsync(string sql, object? arguments, CancellationToken cancellationToken = default) =>
        InTransactionAsync((connection, transaction) => connection.ExecuteAsync(new CommandDefinition(sql, arguments, transaction, cancellationToken: cancellationToken)), cancellationToken);

    /// <summary>Throws when the store cannot be reached or its schema is not in place.</summary>
    public async Task CheckHealthAsync(CancellationToken cancellationToken = default)
    {
        await EnsureSchemaAsync(cancellationToken);
        await using var connection = await dialect.OpenAsync(cancellationToken);
        await connection.ExecuteScalarAsync<int>(new CommandDefinition("SELECT 1", cancellationToken: cancellationToken));
    }

    /// <summary>
    /// Runs <paramref name="work"/> in a transaction and commits it, unless <paramref name="cancellationToken"/> was
    /// cancelled first: a caller that gave up (a webhook that already answered without this write) never gets a late
    /// commit. The commit itself is not cancelled half-way, so its outcome is never in doubt. A single-writer store
    /// gathers concurrent writes into one transaction (<see cref="GroupCommitWriter"/>); others commit each on a pooled
    /// connection of its own, and the server overlaps their commits.
    /// </summary>
    private async Task<T> InTransactionAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        await EnsureSchemaAsync(cancellationToken);
        if (groupCommit is not null)
        {
            return await groupCommit.WriteAsync(work, cancellationToken);
        }

        await using var connection = await dialect.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var result = await work(connection, transaction);
        cancellationToken.ThrowIfCancellationRequested();
        await transaction.CommitAsync(CancellationToken.None);
        Interlocked.Increment(ref pooledWrites);
        return result;
    }

    /// <summary>
    /// Runs the state statement and the projection rows of one write (one round trip where the store can batch them). A
    /// state statement that changed nothing, or broke the unique key (two first writes raced), is a stale write; a
    /// projection row that broke a unique constraint is a <see cref="ProjectionConflictException"/>, unless the write was
    /// stale anyway (a batch runs every statement).
    /// </summary>
    private async Task WriteStatementsAsync(
        DbConnection connection, DbTransaction transaction, GrainStateKey key, long? expectedVersion, WriteStatement state, IReadOnlyList<ProjectionWrite> projections, CancellationToken cancellationToken)
    {
        var statements = new List<WriteStatement>(1 + projections.Count) { state };
        statements.AddRange(projections.Select(write => new WriteStatement(dialect.ProjectionStatement(write.Row.GetType(), write.Operation), write.Row)));
        int[] changed;
        try
        {
            changed = await dialect.ExecuteWritesAsync(connection, transaction, statements, cancellationToken);
        }
        catch (WriteStatementException e) when (e.Index == 0 || e.ChangedBefore[0] == 0)
        {
            throw Conflict(key, expectedVersion);
        }
        catch (WriteStatementException e)
        {
            throw new ProjectionConflictException(ProjectionTable.For(projections[e.Index - 1].Row.GetType()).Name, e.InnerException!.Message);
        }

        if (changed[0] == 0)
        {
            throw Conflict(key, expectedVersion);
        }
    }

    private async Task MigrateAsync()
    {
        var (from, to) = await SchemaMigrator.MigrateAsync(dialect, "schema_migrations", dialect.Migrations, time, CancellationToken.None);
        if (to > from)
        {
            logger.LogInformation("{Provider} schema migrated from version {From} to {To}", dialect.ProviderName, from, to);
        }
    }

    private StateArguments Arguments(GrainStateKey key, string? payload, long version) =>
        new(options.Value.ServiceId, key.GrainType, key.GrainKey, key.StateName, payload, version, time.GetUtcNow().ToUnixTimeMilliseconds());

    private static InconsistentStateException Conflict(GrainStateKey key, long? expectedVersion) =>
        new(
            expectedVersion is null
                ? $"{key.GrainType}/{PhoneNumbersInText.Mask(key.GrainKey)} ({key.StateName}): a record was created by another writer first."
                : $"{key.GrainType}/{PhoneNumbersInText.Mask(key.GrainKey)} ({key.StateName}): the stored version is no longer {expectedVersion}; another writer changed it.",
            storedEtag: null,
            currentEtag: expectedVersion?.ToString(CultureInfo.InvariantCulture));

    private sealed record StateArguments(string ServiceId, string GrainType, string GrainKey, string StateName, string? Payload, long Version, long NowMs);
}
