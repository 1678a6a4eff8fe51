using System.Net;
using Concierge.Silo.Cluster;
using Concierge.Silo.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace Concierge.Silo.Tests.Cluster;

/// <summary><c>Concierge:Cluster</c>: settings that cannot work are refused naming their key; the silo listens where its host says.</summary>
public sealed class ClusterSettingsTests
{
    private static readonly StorageOptions Sqlite = TestStores.Sqlite("concierge.db");
    private static readonly StorageOptions Postgres = TestStores.Postgres("Host=db;Database=concierge;Username=app");

    [Fact]
    public void TheEmbeddedDefaultIsOneLocalSiloOnTheUsualPorts()
    {
        var defaults = new SiloClusterOptions();

        Assert.Empty(defaults.Validate(Sqlite));
        Assert.Equal((ClusterProvider.Localhost, 11111, 30000), (defaults.Provider, defaults.SiloPort, defaults.GatewayPort));
    }

    [Theory]
    [InlineData(ClusterProvider.AdoNet, null, null, "Concierge:Cluster:Database")] // AdoNet on a SQLite store: no database to hold membership
    [InlineData(ClusterProvider.AdoNet, StorageProvider.Postgres, null, "Concierge:Cluster:ConnectionString is required")]
    [InlineData(ClusterProvider.AzureStorage, null, null, "Concierge:Cluster:ConnectionString is required for AzureStorage")]
    public void ClusterSettingsThatCannotWorkAreRefusedNamingTheKey(ClusterProvider provider, StorageProvider? database, string? connectionString, string expected)
    {
        var problems = new SiloClusterOptions { Provider = provider, Database = database, ConnectionString = connectionString }.Validate(Sqlite);

        Assert.Contains(problems, p => p.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void AdoNetOnAPostgresStoreNeedsNothingMore()
    {
        Assert.Empty(new SiloClusterOptions { Provider = ClusterProvider.AdoNet }.Validate(Postgres));
    }

    [Fact]
    public void AdoNetOnSqlServerSigningInWithTheAppsIdentityIsAccepted()
    {
        var azureSql = new StorageOptions
        {
            Provider = StorageProvider.SqlServer,
            ConnectionString = "Server=tcp:concierge.database.windows.net;Database=concierge;Encrypt=True",
            Authentication = StorageAuthentication.ManagedIdentity,
        };

        Assert.Empty(new SiloClusterOptions { Provider = ClusterProvider.AdoNet }.Validate(azureSql));
    }

    [Fact]
    public void KubernetesHostingIsUsedOnlyInAPodThatKnowsItsName()
    {
        Assert.False(new HostPlatformOptions { KubernetesServiceHost = "10.0.0.1" }.IsKubernetesPod);
        Assert.True(new HostPlatformOptions { KubernetesServiceHost = "10.0.0.1", PodName = "concierge-0" }.IsKubernetesPod);
    }

    [Fact]
    public void AnAppServiceAddressThatIsNotOneIsRefusedNamingTheVariable()
    {
        var problems = new HostPlatformOptions { AppServicePrivateIp = "not-an-ip", AppServicePrivatePorts = "x" }.Validate();

        Assert.Contains(problems, p => p.StartsWith("WEBSITE_PRIVATE_IP", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("WEBSITE_PRIVATE_PORTS", StringComparison.Ordinal));
    }

    [Fact]
    public void PortsAndTheAdvertisedAddressMustBeReal()
    {
        var problems = new SiloClusterOptions { SiloPort = 0, GatewayPort = 70000, AdvertisedIP = "concierge-1" }.Validate(Sqlite);

        Assert.Contains(problems, p => p.StartsWith("Concierge:Cluster:SiloPort", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Concierge:Cluster:GatewayPort", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Concierge:Cluster:AdvertisedIP", StringComparison.Ordinal));
    }

    [Fact]
    public void OnAppServiceTheSiloTakesTheInstancesPrivateAddressAndFirstPrivatePort()
    {
        var endpoints = EndpointsOf(
            new SiloClusterOptions { Provider = ClusterProvider.AzureStorage, ConnectionString = "UseDevelopmentStorage=true" },
            new() { [HostPlatformOptions.AppServicePrivateIpKey] = "10.0.1.4", [HostPlatformOptions.AppServicePrivatePortsKey] = "20341,20342" });

        Assert.Equal(IPAddress.Parse("10.0.1.4"), endpoints.AdvertisedIPAddress);
        Assert.Equal((20341, 0), (endpoints.SiloPort, endpoints.GatewayPort)); // the usual ports are not reachable there
        Assert.Equal(IPAddress.Any, endpoints.SiloListeningEndpoint?.Address);
    }

    [Fact]
    public void ElsewhereTheSiloAdvertisesTheConfiguredAddressAndPorts()
    {
        var endpoints = EndpointsOf(
            new SiloClusterOptions { Provider = ClusterProvider.AzureStorage, ConnectionString = "UseDevelopmentStorage=true", AdvertisedIP = "10.0.0.7", SiloPort = 12000, GatewayPort = 0 },
            []);

        Assert.Equal(IPAddress.Parse("10.0.0.7"), endpoints.AdvertisedIPAddress);
        Assert.Equal((12000, 0), (endpoints.SiloPort, endpoints.GatewayPort));
    }

    /// <summary>The silo's endpoints as a host configured with <paramref name="cluster"/> would use them (the host is built, not started).</summary>
    private static EndpointOptions EndpointsOf(SiloClusterOptions cluster, Dictionary<string, string?> environment)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(environment);
        var platform = builder.Configuration.Get<HostPlatformOptions>() ?? new HostPlatformOptions(); // bound as AddConciergeSilo binds it
        builder.UseOrleans(silo => silo.UseConciergeCluster(cluster, platform));
        using var host = builder.Build();
        return host.Services.GetRequiredService<IOptions<EndpointOptions>>().Value;
    }
}
