using System.Data.Common;
using System.Globalization;
using Concierge.Grains.Interfaces.Phones;
using Concierge.Grains.Interfaces.Projections;
using Dapper;
using Microsoft.Extensions.Logging;
using Orleans.Storage;

namespace Concierge.Silo.Storage;

/// <summary>
/// Grain state over SQL with an integer version as ETag: insert-if-absent for a first write, update
/// where the version matches for later ones; zero rows affected is a conflict. Projection rows recorded in
/// the turn are written in the same transaction.
/// </summary>
public sealed class SqlGrainStorage(SqlDialect dialect, StorageOptions options, TimeProvider time, ILogger<SqlGrainStorage> logger) : IGrainStorage
{
    private readonly Lock schemaLock = new();
    private Task? schema;

    public string ProviderName => dialect.ProviderName;

    public bool IsShared => dialect.IsShared;

    public SqlDialect Dialect => dialect;

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

    public async Task<StoredState?> ReadAsync(GrainStateKey key, CancellationToken cancellationToken = default)
    {
        await EnsureSchemaAsync(cancellationToken);
        await using var connection = await dialect.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<StoredState>(
            new CommandDefinition(dialect.ReadState, Arguments(key, payload: null, version: 0), cancellationToken: cancellationToken));
    }

    public Task<long> WriteAsync(GrainStateKey key, string payload, long? expectedVersion, IReadOnlyList<ProjectionWrite> projections, CancellationToken cancellationToken = default) =>
        InTransactionAsync(async (connection, transaction) =>
        {
            var statement = expectedVersion is null ? dialect.InsertState : dialect.UpdateState;
            var affected = await ExecuteStateAsync(connection, transaction, statement, Arguments(key, payload, expectedVersion ?? 0), cancellationToken);
            if (affected == 0)
            {
                throw Conflict(key, expectedVersion);
            }

            await WriteProjectionsAsync(connection, transaction, projections, cancellationToken);
            return (expectedVersion ?? 0) + 1;
        }, cancellationToken);

    public Task<long> ClearAsync(GrainStateKey key, long expectedVersion, IReadOnlyList<ProjectionWrite> projections, CancellationToken cancellationToken = default) =>
        InTransactionAsync(async (connection, transaction) =>
        {
            var affected = await ExecuteStateAsync(connection, transaction, dialect.UpdateState, Arguments(key, payload: null, expectedVersion), cancellationToken);
            if (affected == 0)
            {
                throw Conflict(key, expectedVersion);
            }

            await WriteProjectionsAsync(connection, transaction, projections, cancellationToken);
            return expectedVersion + 1;
        }, cancellationToken);

    /// <summary>Runs a read query against the projection tables (the schema is ensured first).</summary>
    public async Task<IReadOnlyList<T>> QueryAsync<T>(string sql, object? arguments, CancellationToken cancellationToken = default)
    {
        await EnsureSchemaAsync(cancellationToken);
        await using var connection = await dialect.OpenAsync(cancellationToken);
        return [.. await connection.QueryAsync<T>(new CommandDefinition(sql, arguments, cancellationToken: cancellationToken))];
    }

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

    public async Task CheckHealthAsync(CancellationToken cancellationToken = default)
    {
        await EnsureSchemaAsync(cancellationToken);
        await using var connection = await dialect.OpenAsync(cancellationToken);
        await connection.ExecuteScalarAsync<int>(new CommandDefinition("SELECT 1", cancellationToken: cancellationToken));
    }

    private async Task<T> InTransactionAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        await EnsureSchemaAsync(cancellationToken);
        var gate = dialect.WriteGate;
        if (gate is not null)
        {
            await gate.WaitAsync(cancellationToken);
        }

        try
        {
            await using var connection = await dialect.OpenAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var result = await work(connection, transaction);
            await transaction.CommitAsync(cancellationToken);
            return result;
        }
        finally
        {
            gate?.Release();
        }
    }

    private async Task<int> ExecuteStateAsync(DbConnection connection, DbTransaction transaction, string statement, StateArguments arguments, CancellationToken cancellationToken)
    {
        try
        {
            return await connection.ExecuteAsync(new CommandDefinition(statement, arguments, transaction, cancellationToken: cancellationToken));
        }
        catch (Exception e) when (dialect.IsUniqueViolation(e))
        {
            return 0; // two first writes raced; the loser conflicts like any stale writer
        }
    }

    private async Task WriteProjectionsAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<ProjectionWrite> projections, CancellationToken cancellationToken)
    {
        foreach (var write in projections)
        {
            var rowType = write.Row.GetType();
            try
            {
                await connection.ExecuteAsync(new CommandDefinition(dialect.ProjectionStatement(rowType, write.Operation), write.Row, transaction, cancellationToken: cancellationToken));
            }
            catch (Exception e) when (dialect.IsUniqueViolation(e))
            {
                throw new ProjectionConflictException(ProjectionTable.For(rowType).Name, e);
            }
        }
    }

    private async Task MigrateAsync()
    {
        await using var connection = await dialect.OpenAsync(CancellationToken.None);
        await dialect.PrepareAsync(connection, CancellationToken.None);
        var gate = dialect.WriteGate;
        if (gate is not null)
        {
            await gate.WaitAsync();
        }

        try
        {
            await using var transaction = await connection.BeginTransactionAsync();
            await dialect.LockSchemaAsync(connection, transaction, CancellationToken.None);
            await connection.ExecuteAsync(dialect.CreateMigrationsTable, transaction: transaction);
            var current = await connection.ExecuteScalarAsync<long?>("SELECT MAX(version) FROM schema_migrations", transaction: transaction) ?? 0;
            var target = dialect.Migrations.Count;
            if (current > target)
            {
                throw new InvalidOperationException($"The {dialect.ProviderName} schema is at version {current}, newer than this build knows ({target}). Deploy the newer build.");
            }

            for (var version = current + 1; version <= target; version++)
            {
                await connection.ExecuteAsync(dialect.Migrations[(int)version - 1], transaction: transaction);
                await connection.ExecuteAsync(
                    "INSERT INTO schema_migrations (version, applied_at_ms) VALUES (@Version, @NowMs)",
                    new { Version = version, NowMs = time.GetUtcNow().ToUnixTimeMilliseconds() },
                    transaction);
            }

            await transaction.CommitAsync();
            if (target > current)
            {
                logger.LogInformation("{Provider} schema migrated from version {From} to {To}", dialect.ProviderName, current, target);
            }
        }
        finally
        {
            gate?.Release();
        }
    }

    private StateArguments Arguments(GrainStateKey key, string? payload, long version) =>
        new(options.ServiceId, key.GrainType, key.GrainKey, key.StateName, payload, version, time.GetUtcNow().ToUnixTimeMilliseconds());

    private static InconsistentStateException Conflict(GrainStateKey key, long? expectedVersion) =>
        new(
            expectedVersion is null
                ? $"{key.GrainType}/{PhoneNumbersInText.Mask(key.GrainKey)} ({key.StateName}): a record was created by another writer first."
                : $"{key.GrainType}/{PhoneNumbersInText.Mask(key.GrainKey)} ({key.StateName}): the stored version is no longer {expectedVersion}; another writer changed it.",
            storedEtag: null,
            currentEtag: expectedVersion?.ToString(CultureInfo.InvariantCulture));

    private sealed record StateArguments(string ServiceId, string GrainType, string GrainKey, string StateName, string? Payload, long Version, long NowMs);
}
