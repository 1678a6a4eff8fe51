using Concierge.Silo.Storage;
using Microsoft.Extensions.Logging;
using Orleans;
using Orleans.Runtime;

namespace Concierge.Silo.Cluster;

/// <summary>
/// Creates or migrates Orleans' membership and reminder tables before the silo looks for its cluster (the Orleans
/// packages ship no scripts; ours are versioned and safe to run from every node at once).
/// </summary>
internal sealed partial class ClusterSchemaMigration(ClusterDatabase database, TimeProvider time, ILogger<ClusterSchemaMigration> logger)
    : ILifecycleParticipant<ISiloLifecycle>
{
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(ClusterSchemaMigration), ServiceLifecycleStage.First, MigrateAsync);

    private async Task MigrateAsync(CancellationToken cancellationToken)
    {
        var (from, to) = await SchemaMigrator.MigrateAsync(database.Dialect, ClusterDatabase.VersionTable, database.Migrations, time, cancellationToken);
        if (to > from)
        {
            Migrated(database.Provider, from, to);
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "{Provider} cluster schema migrated from version {From} to {To}")]
    private partial void Migrated(StorageProvider provider, long from, long to);
}
