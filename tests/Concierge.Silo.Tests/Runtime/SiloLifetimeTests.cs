using Concierge.Silo.Hosting;
using Concierge.Silo.Runtime;
using Concierge.Silo.Tests.Grains;
using Concierge.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans;

namespace Concierge.Silo.Tests.Runtime;

public sealed class SiloLifetimeTests : IDisposable
{
    private readonly TempDirectory directory = new();

    [Fact]
    public async Task HostCollectsIdleActivationsInTheBackgroundAndDeactivatesTheRestOnStop()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services
            .AddGrainStorage(TestSilo.Sqlite(directory.File("lifetime.db")))
            .AddGrainRuntime(o =>
            {
                o.GrainAssemblies.Add(typeof(SiloLifetimeTests).Assembly);
                o.CollectionAge = TimeSpan.FromMilliseconds(200);
                o.CollectionQuantum = TimeSpan.FromMilliseconds(50);
            })
            .AddSingleton<GrainProbe>()
            .AddSingleton<Interloper>()
            .AddHostedService<SiloLifetime>();
        using var host = builder.Build();
        await host.StartAsync();
        var grains = host.Services.GetRequiredService<IGrainFactory>();
        var probe = host.Services.GetRequiredService<GrainProbe>();
        await grains.GetGrain<ICounterGrain>("idle").IncrementAsync();

        await WaitUntil(() => probe.Deactivations.Contains(("idle", DeactivationReasonCode.ActivationIdle)));
        await grains.GetGrain<ICounterGrain>("still-active").IncrementAsync();
        await host.StopAsync();

        Assert.Contains(probe.Deactivations, d => d.Key == "still-active");
        Assert.Equal(0, host.Services.GetRequiredService<GrainRuntime>().ActivationCount);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!condition())
        {
            await Task.Delay(20, timeout.Token);
        }
    }

    public void Dispose() => directory.Dispose();
}
