using Concierge.Silo.Hosting;
using Concierge.Silo.Runtime;
using Concierge.Silo.Storage;
using Microsoft.Extensions.DependencyInjection;
using Orleans;

namespace Concierge.Benchmarks;

/// <summary>Grain calls per second in memory, and durable state writes per second with p50/p99 per store.</summary>
internal static class RuntimeBenchmark
{
    public static async Task RunAsync(string? postgres)
    {
        var directory = Directory.CreateTempSubdirectory("concierge-bench");
        Console.WriteLine(LoadResult.Header);
        await using (var silo = await StartAsync(new StorageOptions { ConnectionString = $"Data Source={Path.Combine(directory.FullName, "bench.db")}" }))
        {
            await InMemoryAsync(silo);
            await WritesAsync(silo, "SQLite");
        }

        if (postgres is null)
        {
            Console.WriteLine("| PostgreSQL: skipped (no connection string; ./bench.sh starts a server) |");
        }
        else
        {
            await using var silo = await StartAsync(new StorageOptions { Provider = StorageProvider.Postgres, ConnectionString = postgres });
            await WritesAsync(silo, "PostgreSQL");
        }

        directory.Delete(recursive: true);
    }

    private static async Task InMemoryAsync(ServiceProvider silo)
    {
        var grains = silo.GetRequiredService<IGrainFactory>();
        var many = Enumerable.Range(0, 1000).Select(i => grains.GetGrain<IBenchGrain>($"mem-{i}")).ToArray();
        await Task.WhenAll(many.Select(g => g.ReadAsync())); // activate first: this measures calls, not activations
        var hot = many[0];

        await LoadRun.RunAsync(50_000, 64, i => many[i % many.Length].ReadAsync()); // warm-up
        Console.WriteLine((await LoadRun.RunAsync(500_000, 64, i => many[i % many.Length].ReadAsync())).Row("in-memory call, 1,000 grains, 64 callers"));
        Console.WriteLine((await LoadRun.RunAsync(200_000, 64, _ => hot.ReadAsync())).Row("in-memory call, 1 grain, 64 callers"));
        Console.WriteLine((await LoadRun.RunAsync(200_000, 1, i => many[i % many.Length].ReadAsync())).Row("in-memory call, 1 caller (serial)"));
    }

    private static async Task WritesAsync(ServiceProvider silo, string store)
    {
        var grains = silo.GetRequiredService<IGrainFactory>();
        var targets = Enumerable.Range(0, 1000).Select(i => grains.GetGrain<IBenchGrain>($"{store}-w-{i}")).ToArray();
        await Task.WhenAll(targets.Select(g => g.WriteAsync()));
        Console.WriteLine((await LoadRun.RunAsync(20_000, 64, i => targets[i % targets.Length].WriteAsync())).Row($"durable write, {store}, 1,000 grains, 64 callers"));
        Console.WriteLine((await LoadRun.RunAsync(3_000, 1, i => targets[i % targets.Length].WriteAsync())).Row($"durable write, {store}, 1 caller (serial)"));
    }

    private static async Task<ServiceProvider> StartAsync(StorageOptions storage)
    {
        var services = new ServiceCollection()
            .AddLogging()
            .AddGrainStorage(storage)
            .AddGrainRuntime(o => o.GrainAssemblies.Add(typeof(BenchGrain).Assembly))
            .BuildServiceProvider();
        await services.GetRequiredService<IGrainStorage>().EnsureSchemaAsync();
        _ = services.GetRequiredService<GrainRuntime>();
        return services;
    }
}
