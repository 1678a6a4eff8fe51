using Concierge.Silo.Cluster;
using Concierge.Silo.Storage;
using Concierge.TestSupport;
using Npgsql;

namespace Concierge.Silo.Tests.Cluster;

/// <summary>A fresh PostgreSQL database with the cluster schema, created by the runner the silos use.</summary>
internal static class PostgresClusterDatabase
{
    public static async Task<PostgresDatabase> CreateAsync()
    {
        var database = await PostgresDatabase.CreateAsync();
        await using var dialect = new PostgresDialect(database.ConnectionString);
        await SchemaMigrator.MigrateAsync(dialect, ClusterDatabase.VersionTable, PostgresClusterSchema.Migrations, TimeProvider.System, CancellationToken.None);
        return database;
    }

    /// <summary>Every script once more, bypassing the runner's bookkeeping: as over tables someone else created.</summary>
    public static async Task RunScriptsAgainAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        foreach (var script in PostgresClusterSchema.Migrations)
        {
            await using var transaction = await connection.BeginTransactionAsync();
            await using var command = new NpgsqlCommand(script, connection, transaction);
            await command.ExecuteNonQueryAsync();
            await transaction.CommitAsync();
        }
    }

    public static async Task<T> ScalarAsync<T>(string connectionString, string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return (T)(await command.ExecuteScalarAsync())!;
    }
}
