using Concierge.Silo.Cluster;
using Concierge.Silo.Hosting;
using Concierge.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Runtime;

namespace Concierge.Silo.Tests.Cluster;

/// <summary>
/// Silos in this process on loopback ports, configured as production configures them: membership as
/// <see cref="Membership"/> says (<c>Concierge:Cluster</c>), grain state in the SQL store on a fresh PostgreSQL
/// database. Shared by a test class: starting silos is the slow part.
/// </summary>
public abstract class SiloCluster : IAsyncLifetime
{
    public const string ServiceId = "concierge-test-service";

    private readonly List<IHost> started = [];

    public PostgresDatabase Database { get; private set; } = null!;

    public IHost First { get; private set; } = null!;

    public IHost Second { get; private set; } = null!;

    /// <summary>The cluster's provider, where its membership lives, and its ids; each silo adds a port of its own.</summary>
    protected abstract SiloClusterOptions Membership();

    public virtual async Task InitializeAsync()
    {
        Database = await PostgresDatabase.CreateAsync();
        First = await StartSiloAsync("first");
        Second = await StartSiloAsync("second");
    }

    /// <summary>Starts one more silo of the cluster; stopping it is up to the caller.</summary>
    public async Task<IHost> StartSiloAsync(string name)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.AddFilter(level => level >= LogLevel.Warning);
        var cluster = Membership();
        cluster.SiloPort = FreePort.Next();
        cluster.GatewayPort = 0; // silo-to-silo only: the membership rows carry ProxyPort 0
        cluster.AdvertisedIP = "127.0.0.1";
        builder.UseOrleans(silo => silo
            .UseConciergeCluster(cluster)
            .UseConciergeStorage(TestStores.Postgres(Database.ConnectionString))
            .Configure<Orleans.Configuration.SiloOptions>(options => options.SiloName = name));
        var host = builder.Build();
        started.Add(host);
        await host.StartAsync();
        return host;
    }

    /// <summary>Stops a silo gracefully (it marks itself dead in the membership table) and lets it go.</summary>
    public async Task StopSiloAsync(IHost silo)
    {
        started.Remove(silo);
        try
        {
            await silo.StopAsync();
        }
        finally
        {
            silo.Dispose();
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var host in Enumerable.Reverse(started))
        {
            try
            {
                await host.StopAsync(TimeSpan.FromSeconds(5));
            }
            finally
            {
                host.Dispose();
            }
        }

        if (Database is not null)
        {
            await Database.DisposeAsync();
        }
    }

    public static SiloAddress AddressOf(IHost silo) => silo.Services.GetRequiredService<ILocalSiloDetails>().SiloAddress;

    /// <summary>The silos <paramref name="silo"/> counts as active, as its management grain reports them.</summary>
    public static async Task<IReadOnlyCollection<SiloAddress>> ActiveSilosSeenByAsync(IHost silo)
    {
        var management = silo.Services.GetRequiredService<IGrainFactory>().GetGrain<IManagementGrain>(0);
        var hosts = await management.GetHosts(onlyActive: true);
        return hosts.Keys;
    }

    /// <summary>Polls <paramref name="condition"/> until it holds or <paramref name="timeout"/> passes; answers whether it held.</summary>
    public static async Task<bool> EventuallyAsync(Func<Task<bool>> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (await condition())
            {
                return true;
            }

            if (DateTime.UtcNow > deadline)
            {
                return false;
            }

            await Task.Delay(100);
        }
    }
}
