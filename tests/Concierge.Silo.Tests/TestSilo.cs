using Concierge.Silo.Hosting;
using Concierge.Silo.Runtime;
using Concierge.Silo.Storage;
using Concierge.Silo.Tests.Grains;
using Microsoft.Extensions.DependencyInjection;
using Orleans;

namespace Concierge.Silo.Tests;

/// <summary>A grain runtime on a real store, hosting the test grains, without a web host.</summary>
internal sealed class TestSilo : IAsyncDisposable
{
    private readonly ServiceProvider services;

    private TestSilo(ServiceProvider services)
    {
        this.services = services;
    }

    public GrainRuntime Runtime => services.GetRequiredService<GrainRuntime>();

    public IGrainFactory Grains => Runtime;

    public IGrainStorage Storage => services.GetRequiredService<IGrainStorage>();

    public GrainProbe Probe => services.GetRequiredService<GrainProbe>();

    public Interloper Interloper => services.GetRequiredService<Interloper>();

    public static async Task<TestSilo> StartAsync(StorageOptions storage, Action<SiloOptions>? configure = null)
    {
        var services = new ServiceCollection()
            .AddLogging()
            .AddGrainStorage(storage)
            .AddGrainRuntime(o =>
            {
                o.GrainAssemblies.Add(typeof(TestSilo).Assembly);
                configure?.Invoke(o);
            })
            .AddSingleton<GrainProbe>()
            .AddSingleton<Interloper>()
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        var silo = new TestSilo(services);
        await silo.Storage.EnsureSchemaAsync();
        await TestTables.CreateAsync(services.GetRequiredService<SqlDialect>());
        return silo;
    }

    public static StorageOptions Sqlite(string file) =>
        new() { Provider = StorageProvider.Sqlite, ConnectionString = $"Data Source={file}" };

    public static StorageOptions Postgres(string connectionString) =>
        new() { Provider = StorageProvider.Postgres, ConnectionString = connectionString };

    public async ValueTask DisposeAsync()
    {
        await Runtime.DeactivateAllAsync();
        await services.DisposeAsync();
    }
}
