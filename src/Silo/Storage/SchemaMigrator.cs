using Dapper;

namespace Concierge.Silo.Storage;

/// <summary>
/// Brings one schema in a database to the newest version this build knows: append-only scripts, each applied once and
/// in order, recorded in a version table of its own. Safe when several nodes start at once: the dialect's schema lock
/// serializes them inside one transaction, so a node that waited finds the work done.
/// </summary>
public static class SchemaMigrator
{
    /// <summary>Applies the scripts of <paramref name="migrations"/> not yet recorded in <paramref name="versionTable"/>; returns the versions before and after.</summary>
    public static async Task<(long From, long To)> MigrateAsync(
        SqlDialect dialect, string versionTable, IReadOnlyList<string> migrations, TimeProvider time, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        await dialect.PrepareAsync(connection, cancellationToken);
        // Runs before the store takes any write (SqlStore ensures the schema first); another node or process migrating
        // at once waits on the dialect's schema lock (SQLite: BEGIN IMMEDIATE and the busy timeout).
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await dialect.LockSchemaAsync(connection, transaction, cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(dialect.CreateMigrationsTable(versionTable), transaction: transaction, cancellationToken: cancellationToken));
        var current = await connection.ExecuteScalarAsync<long?>(
            new CommandDefinition($"SELECT MAX(version) FROM {versionTable}", transaction: transaction, cancellationToken: cancellationToken)) ?? 0;
        var target = migrations.Count;
        if (current > target)
        {
            throw new InvalidOperationException(
                $"The {dialect.ProviderName} schema recorded in {versionTable} is at version {current}, newer than this build knows ({target}). Deploy the newer build.");
        }

        for (var version = current + 1; version <= target; version++)
        {
            await connection.ExecuteAsync(new CommandDefinition(migrations[(int)version - 1], transaction: transaction, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition(
                $"INSERT INTO {versionTable} (version, applied_at_ms) VALUES (@Version, @NowMs)",
                new { Version = version, NowMs = time.GetUtcNow().ToUnixTimeMilliseconds() },
                transaction,
                cancellationToken: cancellationToken));
        }

        await transaction.CommitAsync(cancellationToken);
        return (current, target);
    }
}
