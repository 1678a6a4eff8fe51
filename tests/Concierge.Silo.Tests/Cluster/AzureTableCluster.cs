using System.Globalization;
using System.Net;
using Azure.Data.Tables;
using Concierge.Silo.Cluster;
using Concierge.TestSupport;
using Orleans.Clustering.AzureStorage;
using Orleans.Runtime;

namespace Concierge.Silo.Tests.Cluster;

/// <summary>
/// Silos of <c>Concierge:Cluster:Provider</c> AzureStorage: membership in Azure Table storage (the Azurite emulator
/// ./test.sh starts). A cluster id of its own keeps it apart from any other cluster in the same table.
/// </summary>
public sealed class AzureTableCluster : SiloCluster
{
    public string ClusterId { get; } = $"concierge-test-{Guid.NewGuid():N}";

    public override Task InitializeAsync()
    {
        _ = AzuriteTables.ConnectionString; // before anything starts: a missing emulator is the message, not a silo's start-up failure
        return base.InitializeAsync();
    }

    protected override SiloClusterOptions Membership() =>
        new() { Provider = ClusterProvider.AzureStorage, ConnectionString = AzuriteTables.ConnectionString, ClusterId = ClusterId, ServiceId = ServiceId };

    /// <summary>
    /// The status each silo of this cluster has in the membership table, read from the emulator itself rather than through
    /// Orleans, keyed by address. Orleans keeps the cluster in one partition (the cluster id), one row per silo
    /// ("ADDRESS-PORT-GENERATION") plus a version row.
    /// </summary>
    public async Task<IReadOnlyDictionary<SiloAddress, string>> MembershipRowsAsync()
    {
        var table = new TableServiceClient(AzuriteTables.ConnectionString).GetTableClient(AzureStorageClusteringOptions.DEFAULT_TABLE_NAME);
        var rows = new Dictionary<SiloAddress, string>();
        await foreach (var row in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {ClusterId}")))
        {
            if (row.GetString("Status") is { } status)
            {
                var silo = SiloAddress.New(
                    IPAddress.Parse(row.GetString("Address")),
                    int.Parse(row.GetString("Port"), CultureInfo.InvariantCulture),
                    int.Parse(row.GetString("Generation"), CultureInfo.InvariantCulture));
                rows[silo] = status;
            }
        }

        return rows;
    }
}
