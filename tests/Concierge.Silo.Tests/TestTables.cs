using Concierge.Silo.Storage;
using Dapper;

namespace Concierge.Silo.Tests;

/// <summary>Projection tables used only by tests (product tables come from the schema migrations).</summary>
internal static class TestTables
{
    public static async Task CreateAsync(SqlDialect dialect)
    {
        await using var connection = await dialect.OpenAsync(CancellationToken.None);
        await connection.ExecuteAsync(
            """
            CREATE TABLE IF NOT EXISTS test_counter_log (key text NOT NULL, value integer NOT NULL, label text NOT NULL, PRIMARY KEY (key, value));
            CREATE TABLE IF NOT EXISTS test_claims (owner text NOT NULL PRIMARY KEY, number text NOT NULL UNIQUE, note text NULL);
            """);
    }
}
