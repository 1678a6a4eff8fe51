using Concierge.Grains.Interfaces.Companies;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Runtime;
using static Concierge.Silo.Tests.Cluster.SiloCluster;

namespace Concierge.Silo.Tests.Cluster;

/// <summary>Real silos clustering through Azure Table storage (<c>Concierge:Cluster:Provider</c> AzureStorage) on Azurite.</summary>
public sealed class AzureStorageClusterTests(AzureTableCluster cluster) : IClassFixture<AzureTableCluster>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task TwoSilosSeeEachOtherAsActiveThroughTheTable()
    {
        var first = AddressOf(cluster.First);
        var second = AddressOf(cluster.Second);

        foreach (var silo in new[] { cluster.First, cluster.Second })
        {
            Assert.True(
                await EventuallyAsync(async () =>
                {
                    var active = await ActiveSilosSeenByAsync(silo);
                    return active.Contains(first) && active.Contains(second);
                }, Patience),
                $"{AddressOf(silo)} does not see both {first} and {second} as active");
        }

        var rows = await cluster.MembershipRowsAsync();
        Assert.Equal(nameof(SiloStatus.Active), rows.GetValueOrDefault(first));
        Assert.Equal(nameof(SiloStatus.Active), rows.GetValueOrDefault(second));
    }

    [Fact]
    public async Task ACompanyAnswersFromEitherSiloWithOneActivationsState()
    {
        var id = $"acme-{Guid.NewGuid():N}";
        var throughFirst = GrainsOf(cluster.First).GetGrain<ICompanyGrain>(id);
        var throughSecond = GrainsOf(cluster.Second).GetGrain<ICompanyGrain>(id);
        var settings = new CompanySettings("Acme", "Alex", "+14155550100", [], null, ["en-US"], "");

        await throughFirst.ConfigureAsync(settings);
        Assert.Equal("Acme", (await throughSecond.GetSettingsAsync())?.Name);

        // Were there an activation on each silo, the first's would still hold "Acme" in memory: its state is read only on activation.
        await throughSecond.ConfigureAsync(settings with { Name = "Acme Two" });
        Assert.Equal("Acme Two", (await throughFirst.GetSettingsAsync())?.Name);

        var management = GrainsOf(cluster.First).GetGrain<IManagementGrain>(0);
        Assert.Equal(1, await management.GetGrainActivationCount((GrainReference)throughFirst));
    }

    [Fact]
    public async Task ASiloThatStopsGracefullyIsDroppedFromTheActiveListAndMarkedDeadInTheTable()
    {
        var leaver = await cluster.StartSiloAsync("leaver");
        var address = AddressOf(leaver);
        Assert.True(
            await EventuallyAsync(async () => (await ActiveSilosSeenByAsync(cluster.First)).Contains(address), Patience),
            $"the first silo never saw {address} join");

        await cluster.StopSiloAsync(leaver);

        foreach (var silo in new[] { cluster.First, cluster.Second })
        {
            Assert.True(
                await EventuallyAsync(async () => !(await ActiveSilosSeenByAsync(silo)).Contains(address), Patience),
                $"{AddressOf(silo)} still counts {address} as active");
        }

        Assert.Equal(nameof(SiloStatus.Dead), (await cluster.MembershipRowsAsync()).GetValueOrDefault(address));
    }

    private static IGrainFactory GrainsOf(IHost silo) => silo.Services.GetRequiredService<IGrainFactory>();
}
