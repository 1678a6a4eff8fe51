using Concierge.Grains.Interfaces.Screening;
using Concierge.Grains.Screening;
using Concierge.Silo.Cluster;
using Concierge.Silo.Hosting;
using Concierge.Silo.Storage;
using Concierge.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans;

namespace Concierge.Benchmarks;

/// <summary>
/// Grain calls per second on one Orleans silo hosted as WebFront hosts it (calls made in the silo's own process), and
/// durable state writes per second with p50/p99 through the SQL grain storage, per store.
/// </summary>
internal static class RuntimeBenchmark
{
    public static async Task RunAsync(string? postgres)
    {
        var directory = Directory.CreateTempSubdirectory("concierge-bench");
        Console.WriteLine(LoadResult.Header);
        using (var silo = await StartAsync(new StorageOptions { ConnectionString = $"Data Source={Path.Combine(directory.FullName, "bench.db")}" }))
        {
            await InMemoryAsync(silo);
            await ScreenerAsync();
            await WritesAsync(silo, "SQLite");
            await silo.StopAsync();
        }

        if (postgres is null)
        {
            Console.WriteLine("| PostgreSQL: skipped (no connection string; ./bench.sh starts a server) |");
        }
        else
        {
            using var silo = await StartAsync(new StorageOptions { Provider = StorageProvider.Postgres, ConnectionString = postgres });
            await WritesAsync(silo, "PostgreSQL");
            await silo.StopAsync();
        }

        directory.Delete(recursive: true);
    }

    private static async Task InMemoryAsync(IHost silo)
    {
        var grains = silo.Services.GetRequiredService<IGrainFactory>();
        var many = Enumerable.Range(0, 1000).Select(i => grains.GetGrain<IBenchGrain>($"mem-{i}")).ToArray();
        await Task.WhenAll(many.Select(g => g.ReadAsync())); // activate first: this measures calls, not activations
        var hot = many[0];

        await LoadRun.RunAsync(50_000, 64, i => many[i % many.Length].ReadAsync()); // warm-up
        Console.WriteLine((await LoadRun.RunAsync(500_000, 64, i => many[i % many.Length].ReadAsync())).Row("in-memory call, 1,000 grains, 64 callers"));
        Console.WriteLine((await LoadRun.RunAsync(200_000, 64, _ => hot.ReadAsync())).Row("in-memory call, 1 grain, 64 callers"));
        Console.WriteLine((await LoadRun.RunAsync(200_000, 1, i => many[i % many.Length].ReadAsync())).Row("in-memory call, 1 caller (serial)"));
    }

    /// <summary>The offline screener's cost per decision (it runs inside every screening turn).</summary>
    private static async Task ScreenerAsync()
    {
        var screener = new OfflineScreener();
        string[] utterances =
        [
            "Hi, this is Sam, Alex's brother. There's been a car accident and I'm at the hospital, it's urgent.",
            "Hello, I'm calling from Summit Solar about a special offer on solar panels for homeowners in your area.",
            "This is the IRS. There is a warrant for your arrest unless you pay your back taxes today with gift cards.",
            "Bonjour, c'est Julie, la voisine d'Alex. Il y a une fuite d'eau chez lui, c'est urgent.",
            "Hello? Is Alex there?",
        ];
        var contexts = utterances.Select(text => new ScreeningContext("Alex", "", ["en-US", "fr-FR"], [new(Speaker.Caller, text)], CallerHistory.None, 1, 3)).ToArray();
        await LoadRun.RunAsync(20_000, 1, i => screener.DecideAsync(contexts[i % contexts.Length], CancellationToken.None)); // warm-up
        Console.WriteLine((await LoadRun.RunAsync(200_000, 1, i => screener.DecideAsync(contexts[i % contexts.Length], CancellationToken.None))).Row("offline screener decision, 1 caller"));
    }

    private static async Task WritesAsync(IHost silo, string store)
    {
        var grains = silo.Services.GetRequiredService<IGrainFactory>();
        var targets = Enumerable.Range(0, 1000).Select(i => grains.GetGrain<IBenchGrain>($"{store}-w-{i}")).ToArray();
        await Task.WhenAll(targets.Select(g => g.WriteAsync()));
        Console.WriteLine((await LoadRun.RunAsync(20_000, 64, i => targets[i % targets.Length].WriteAsync())).Row($"durable write, {store}, 1,000 grains, 64 callers"));
        Console.WriteLine((await LoadRun.RunAsync(3_000, 1, i => targets[i % targets.Length].WriteAsync())).Row($"durable write, {store}, 1 caller (serial)"));
    }

    /// <summary>One silo on free local ports with the SQL store as grain storage: what <c>AddConciergeSilo</c> sets up.</summary>
    private static async Task<IHost> StartAsync(StorageOptions storage)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.AddFilter(level => level >= LogLevel.Warning);
        var cluster = new SiloClusterOptions { SiloPort = FreePort.Next(), GatewayPort = 0 };
        builder.UseOrleans(silo => silo.UseConciergeCluster(cluster).UseConciergeStorage(storage));
        var host = builder.Build();
        await host.StartAsync();
        await host.Services.GetRequiredService<SqlStore>().EnsureSchemaAsync();
        return host;
    }
}
