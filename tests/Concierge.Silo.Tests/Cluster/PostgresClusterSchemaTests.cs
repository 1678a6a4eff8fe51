using Npgsql;

namespace Concierge.Silo.Tests.Cluster;

/// <summary>The PostgreSQL cluster migrations on a real server.</summary>
public sealed class PostgresClusterSchemaTests
{
    [Fact]
    public async Task TheMigrationsLeaveEveryQueryOrleansReadsAtStartUp()
    {
        await using var database = await PostgresClusterDatabase.CreateAsync();

        var stored = await ReadQueriesAsync(database.ConnectionString);

        foreach (var (key, contract) in OrleansQueryContract.All)
        {
            Assert.True(stored.TryGetValue(key, out var text), $"OrleansQuery has no {key}");
            Assert.True(OrleansQueryContract.ParametersOf(text).SetEquals(contract), $"{key} binds other parameters than Orleans sends");
        }
    }

    [Fact]
    public async Task ApplyingTheMigrationsOverExistingTablesKeepsTheirRowsAndRefreshesTheQueries()
    {
        await using var database = await PostgresClusterDatabase.CreateAsync();
        var cs = database.ConnectionString;
        await PostgresClusterDatabase.ScalarAsync<int>(cs,
            "INSERT INTO OrleansMembershipVersionTable (DeploymentId, Version) VALUES ('kept', 7) RETURNING Version");
        // What an older or hand-edited copy of the queries would look like.
        await PostgresClusterDatabase.ScalarAsync<int>(cs,
            "UPDATE OrleansQuery SET QueryText = 'SELECT 0' WHERE QueryKey = 'GatewaysQueryKey' RETURNING 1");

        await PostgresClusterDatabase.RunScriptsAgainAsync(cs);

        Assert.Equal(7, await PostgresClusterDatabase.ScalarAsync<int>(cs,
            "SELECT Version FROM OrleansMembershipVersionTable WHERE DeploymentId = 'kept'"));
        var stored = await ReadQueriesAsync(cs);
        Assert.Equal(OrleansQueryContract.All.Count(), stored.Count);
        Assert.Contains("ProxyPort > 0", stored["GatewaysQueryKey"], StringComparison.Ordinal);
    }

    private static async Task<Dictionary<string, string>> ReadQueriesAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        // The very statement Orleans runs at start-up.
        await using var command = new NpgsqlCommand("SELECT QueryKey, QueryText FROM OrleansQuery", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var queries = new Dictionary<string, string>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            queries.Add(reader.GetString(reader.GetOrdinal("QueryKey")), reader.GetString(reader.GetOrdinal("QueryText")));
        }

        return queries;
    }
}
