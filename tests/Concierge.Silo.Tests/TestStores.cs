using Concierge.Silo.Storage;

namespace Concierge.Silo.Tests;

/// <summary>Store settings for the tests: a SQLite file, or a PostgreSQL database.</summary>
internal static class TestStores
{
    public static StorageOptions Sqlite(string file) =>
        new() { Provider = StorageProvider.Sqlite, ConnectionString = $"Data Source={file}" };

    public static StorageOptions Postgres(string connectionString) =>
        new() { Provider = StorageProvider.Postgres, ConnectionString = connectionString };
}
