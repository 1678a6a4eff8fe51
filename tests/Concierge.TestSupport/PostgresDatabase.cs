using Npgsql;

namespace Concierge.TestSupport;

/// <summary>
/// A fresh, empty database on the PostgreSQL server that ./test.sh starts (connection string in
/// CONCIERGE_TEST_POSTGRES), dropped on dispose. Without that server the tests fail loudly: they never skip.
/// </summary>
public sealed class PostgresDatabase : IAsyncDisposable
{
    public const string ServerVariable = "CONCIERGE_TEST_POSTGRES";

    private readonly string serverConnectionString;

    private PostgresDatabase(string serverConnectionString, string name)
    {
        this.serverConnectionString = serverConnectionString;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = name }.ConnectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"This test needs a real PostgreSQL server and {ServerVariable} is not set. Run ./test.sh: it installs PostgreSQL if missing and starts a throwaway server.");

    public static Task<PostgresDatabase> CreateAsync() => CreateAsync(ServerConnectionString);

    /// <summary>A fresh database on the server <paramref name="server"/> connects to.</summary>
    public static async Task<PostgresDatabase> CreateAsync(string server)
    {
        var database = new PostgresDatabase(server, $"concierge_test_{Guid.NewGuid():N}");
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{database.Name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return database;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(serverConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
