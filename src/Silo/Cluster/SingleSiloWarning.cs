using Concierge.Silo.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Concierge.Silo.Cluster;

/// <summary>
/// A node on a shared store (PostgreSQL, SQL Server) with the default <see cref="ClusterProvider.Localhost"/> is a
/// cluster of one: started twice on one database, each node would hold its own activation of the same grains and refuse
/// the other's writes (callers would hear the technical-problem apology). Said once at start-up, where an operator looks.
/// </summary>
internal sealed partial class SingleSiloWarning(
    IOptions<StorageOptions> storage, IOptions<SiloClusterOptions> cluster, ILogger<SingleSiloWarning> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (cluster.Value.Provider == ClusterProvider.Localhost && storage.Value.Provider != StorageProvider.Sqlite)
        {
            ClusterOfOne(storage.Value.Provider, SiloClusterOptions.SectionName);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 1, Level = LogLevel.Warning,
        Message = "This node is a cluster of one on a shared {Provider} store. Run one node, or give every node {Section}:Provider AdoNet (or AzureStorage) so they form one cluster.")]
    private partial void ClusterOfOne(StorageProvider provider, string section);
}
