using System.Net;
using Azure.Core;
using Azure.Data.Tables;
using Concierge.Silo.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.Runtime;

namespace Concierge.Silo.Cluster;

/// <summary>How this silo finds the others (<c>Concierge:Cluster</c>) and where it listens for them.</summary>
public static class ClusterHosting
{
    /// <param name="silo">The silo being wired.</param>
    /// <param name="cluster">The cluster settings as bound at wiring time (they choose the providers registered here).</param>
    /// <param name="platform">What the hosting platform says about this instance; null: nothing (a workstation, a test).</param>
    public static ISiloBuilder UseConciergeCluster(this ISiloBuilder silo, SiloClusterOptions cluster, HostPlatformOptions? platform = null)
    {
        silo.Configure<ClusterOptions>(o =>
        {
            o.ClusterId = cluster.ClusterId;
            o.ServiceId = cluster.ServiceId;
        });
        switch (cluster.Provider)
        {
            case ClusterProvider.Localhost:
                silo.UseLocalhostClustering(cluster.SiloPort, cluster.GatewayPort, serviceId: cluster.ServiceId, clusterId: cluster.ClusterId);
                return silo;
            case ClusterProvider.AdoNet:
                silo.Services.AddSingleton(services => new ClusterDatabase(
                    cluster,
                    services.GetRequiredService<IOptions<StorageOptions>>().Value,
                    services.GetRequiredService<SqlStore>(),
                    services.GetRequiredService<TokenCredential>));
                silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>, ClusterSchemaMigration>();
                silo.UseAdoNetClustering(options => options.Configure<ClusterDatabase>((o, database) =>
                    database.Apply(value => o.Invariant = value, value => o.ConnectionString = value, value => o.DataSource = value)));
                silo.UseAdoNetReminderService(options => options.Configure<ClusterDatabase>((o, database) =>
                    database.Apply(value => o.Invariant = value, value => o.ConnectionString = value, value => o.DataSource = value)));
                break;
            case ClusterProvider.AzureStorage:
                silo.UseAzureStorageClustering(options => options.Configure<IServiceProvider>((o, services) =>
                    o.TableServiceClient = TableClientFor(cluster.ConnectionString!, services.GetRequiredService<TokenCredential>)));
                break;
        }

        ListenForOtherSilos(silo, cluster, platform ?? new HostPlatformOptions());
        return silo;
    }

    /// <summary>
    /// App Service gives each instance a private address and ports on the VNet (the usual ports are not reachable
    /// there); Kubernetes gives the pod's; elsewhere <c>Concierge:Cluster</c> says, or the machine's own address is used.
    /// </summary>
    private static void ListenForOtherSilos(ISiloBuilder silo, SiloClusterOptions cluster, HostPlatformOptions platform)
    {
        if (platform.AppServiceEndpoint is var (privateIp, siloPort))
        {
            silo.ConfigureEndpoints(privateIp, siloPort, gatewayPort: 0, listenOnAnyHostAddress: true);
            return;
        }

        if (cluster.AdvertisedIP is { } advertised)
        {
            var address = IPAddress.Parse(advertised);
            silo.ConfigureEndpoints(address, cluster.SiloPort, cluster.GatewayPort, listenOnAnyHostAddress: !IPAddress.IsLoopback(address));
        }
        else
        {
            silo.ConfigureEndpoints(cluster.SiloPort, cluster.GatewayPort, listenOnAnyHostAddress: true);
        }

        if (platform.IsKubernetesPod)
        {
            silo.UseKubernetesHosting(); // the pod's address, and the cluster and service ids from its labels
        }
    }

    /// <summary>A connection string (Azurite, or an account key), or the table endpoint to reach with the app's Entra identity.</summary>
    private static TableServiceClient TableClientFor(string connectionString, Func<TokenCredential> credential) =>
        Uri.TryCreate(connectionString, UriKind.Absolute, out var endpoint) && endpoint.Scheme == Uri.UriSchemeHttps
            ? new TableServiceClient(endpoint, credential())
            : new TableServiceClient(connectionString);
}
