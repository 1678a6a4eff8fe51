using System.Diagnostics;
using Concierge.Grains.Interfaces.Calls;
using Concierge.Silo.Hosting;
using Concierge.Silo.Queries;
using Concierge.Silo.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Concierge.Benchmarks;

/// <summary>Conversation list and search latency with 1,000,000 turns in the store, through the API's own query code.</summary>
internal static class ConversationBenchmark
{
    private const string Company = "bench";

    public static async Task RunAsync(string? postgres)
    {
        var directory = Directory.CreateTempSubdirectory("concierge-bench");
        Console.WriteLine(LoadResult.Header);
        await RunOnAsync("SQLite", new StorageOptions { ConnectionString = $"Data Source={Path.Combine(directory.FullName, "conversations.db")}" });
        if (postgres is not null)
        {
            var database = $"bench_conversations_{Guid.NewGuid():N}";
            await AdministerAsync(postgres, $"CREATE DATABASE {database}");
            var connectionString = new Npgsql.NpgsqlConnectionStringBuilder(postgres) { Database = database }.ConnectionString;
            await RunOnAsync("PostgreSQL", new StorageOptions { Provider = StorageProvider.Postgres, ConnectionString = connectionString });
            Npgsql.NpgsqlConnection.ClearAllPools();
            await AdministerAsync(postgres, $"DROP DATABASE {database} WITH (FORCE)");
        }

        directory.Delete(recursive: true);
    }

    private static async Task RunOnAsync(string store, StorageOptions options)
    {
        await using var services = new ServiceCollection().AddLogging().AddConciergeStore(options).AddSingleton<ConversationQueries>().BuildServiceProvider();
        var storage = services.GetRequiredService<SqlStore>();
        await storage.EnsureSchemaAsync();
        var seeder = new ConversationSeeder(calls: 100_000, turnsPerCall: 10, Company);
        var clock = Stopwatch.StartNew();
        await seeder.SeedAsync(storage.Dialect);
        await storage.MaintainAsync(); // as the silo does at start-up and hourly
        Console.WriteLine($"| {store}: seeded 100,000 calls / 1,000,000 turns in {clock.Elapsed.TotalSeconds:F0} s |");

        var queries = services.GetRequiredService<ConversationQueries>();
        var middle = await queries.ListAsync(new ConversationFilter(Company, Until: seeder.First + (seeder.Span / 2)), null, 1);
        var day = seeder.First + TimeSpan.FromDays(200);
        var cases = new (string Name, ConversationFilter Filter, PageCursor? After)[]
        {
            ("newest page", new(Company), null),
            ("page from the middle (cursor)", new(Company), new PageCursor(middle.Items[0].StartedAtMs, middle.Items[0].CallSid)),
            ("by caller", new(Company, Caller: ConversationSeeder.Caller(1234)), null),
            ("by decision", new(Company, Decision: "blocked"), null),
            ("one day", new(Company, From: day, Until: day.AddDays(1)), null),
            ($"words, rare ('{ConversationSeeder.RareWord}')", new(Company, Search: ConversationSeeder.RareWord), null),
            ($"words, common ('{ConversationSeeder.CommonWord}')", new(Company, Search: ConversationSeeder.CommonWord), null),
            ("words, common, page from the middle (cursor)", new(Company, Search: ConversationSeeder.CommonWord), new PageCursor(middle.Items[0].StartedAtMs, middle.Items[0].CallSid)),
            ($"words, common ('{ConversationSeeder.CommonWord}') by caller", new(Company, Caller: ConversationSeeder.Caller(1234), Search: ConversationSeeder.CommonWord), null),
            ($"words, said in blocked calls only ('{ConversationSeeder.BlockedWord}'), by decision transferred", new(Company, Decision: CallDecisions.Transferred, Search: ConversationSeeder.BlockedWord), null),
        };
        foreach (var (name, filter, after) in cases)
        {
            var page = await queries.ListAsync(filter, after, 25); // warms the cache; its size shows the query found what was seeded
            var result = await LoadRun.RunAsync(200, 1, _ => queries.ListAsync(filter, after, 25));
            Console.WriteLine(result.Row($"{store} list 25: {name}, {page.Items.Count} rows"));
        }
    }

    private static async Task AdministerAsync(string server, string statement)
    {
        await using var connection = new Npgsql.NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(statement, connection);
        await command.ExecuteNonQueryAsync();
    }
}
