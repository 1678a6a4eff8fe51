using Concierge.Silo.Cluster;

namespace Concierge.Silo.Tests.Cluster;

/// <summary>
/// Silos of <c>Concierge:Cluster:Provider</c> AdoNet: membership and reminders in the store's own (fresh) PostgreSQL
/// database, whose cluster schema the first silo to start creates.
/// </summary>
public sealed class PostgresCluster : SiloCluster
{
    public const string ClusterId = "concierge-test";

    protected override SiloClusterOptions Membership() =>
        new() { Provider = ClusterProvider.AdoNet, ClusterId = ClusterId, ServiceId = ServiceId };
}
