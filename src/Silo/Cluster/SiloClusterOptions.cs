namespace Concierge.Silo.Cluster;

/// <summary>
/// The Orleans cluster this node joins (configuration section <c>Concierge:Cluster</c>). The default is one silo on
/// localhost: the embedded setup. Several nodes form a cluster through a membership table in PostgreSQL or SQL Server
/// (<see cref="ClusterProvider.AdoNet"/>) or in Azure Table storage (<see cref="ClusterProvider.AzureStorage"/>).
/// </summary>
public sealed class SiloClusterOptions
{
    public const string SectionName = "Concierge:Cluster";

    public ClusterProvider Provider { get; set; } = ClusterProvider.Localhost;

    /// <summary>
    /// Where membership lives. AdoNet: a PostgreSQL or SQL Server connection string, by default the store's own (one
    /// database to run). AzureStorage: a storage connection string, or the table endpoint URI
    /// (<c>https://ACCOUNT.table.core.windows.net/</c>) to sign in with the app's Entra identity.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>The database behind an AdoNet connection string; by default the store's provider when it is Postgres or SqlServer.</summary>
    public Storage.StorageProvider? Database { get; set; }

    /// <summary>Nodes with the same cluster id form one cluster.</summary>
    public string ClusterId { get; set; } = "concierge";

    /// <summary>Identifies the service across deployments (stable: reminders are keyed by it).</summary>
    public string ServiceId { get; set; } = "concierge";

    /// <summary>The port silos talk to each other on.</summary>
    public int SiloPort { get; set; } = 11111;

    /// <summary>The port external Orleans clients connect to; 0 = no gateway (WebFront co-hosts the silo and needs none).</summary>
    public int GatewayPort { get; set; } = 30000;

    /// <summary>The address other silos reach this one at; default: the machine's first non-loopback IPv4 address.</summary>
    public string? AdvertisedIP { get; set; }

    /// <summary>What is wrong with these settings, each naming its key; empty when they can work.</summary>
    public IReadOnlyList<string> Validate(Storage.StorageOptions storage)
    {
        var problems = new List<string>();
        if (!Enum.IsDefined(Provider))
        {
            problems.Add($"{SectionName}:Provider must be Localhost, AdoNet or AzureStorage (got {Provider}).");
        }

        if (Database is { } database && !Enum.IsDefined(database))
        {
            problems.Add($"{SectionName}:Database must be Postgres or SqlServer (got {database}).");
        }

        if (SiloPort is < 1 or > 65535)
        {
            problems.Add($"{SectionName}:SiloPort must be a port number (1-65535), not {SiloPort}.");
        }

        if (GatewayPort is < 0 or > 65535)
        {
            problems.Add($"{SectionName}:GatewayPort must be a port number, or 0 for none, not {GatewayPort}.");
        }

        if (AdvertisedIP is not null && !System.Net.IPAddress.TryParse(AdvertisedIP, out _))
        {
            problems.Add($"{SectionName}:AdvertisedIP must be an IP address, not '{AdvertisedIP}'.");
        }

        if (string.IsNullOrWhiteSpace(ClusterId) || string.IsNullOrWhiteSpace(ServiceId))
        {
            problems.Add($"{SectionName}:ClusterId and {SectionName}:ServiceId must not be empty.");
        }

        if (Provider == ClusterProvider.AdoNet && DatabaseProvider(storage) is not (Storage.StorageProvider.Postgres or Storage.StorageProvider.SqlServer))
        {
            problems.Add($"{SectionName}:Provider AdoNet needs a PostgreSQL or SQL Server database: set {SectionName}:Database (Postgres or SqlServer) and {SectionName}:ConnectionString, or use such a store ({Storage.StorageOptions.SectionName}:Provider).");
        }
        else if (Provider == ClusterProvider.AdoNet && ConnectionString is null && DatabaseProvider(storage) != storage.Provider)
        {
            problems.Add($"{SectionName}:ConnectionString is required when {SectionName}:Database is not the store's provider.");
        }

        if (Provider == ClusterProvider.AzureStorage && string.IsNullOrWhiteSpace(ConnectionString))
        {
            problems.Add($"{SectionName}:ConnectionString is required for AzureStorage: a storage connection string, or the table endpoint (https://ACCOUNT.table.core.windows.net/) to sign in with the app's identity.");
        }

        return problems;
    }

    /// <summary>The database an AdoNet cluster uses: <see cref="Database"/>, else the store's provider.</summary>
    public Storage.StorageProvider DatabaseProvider(Storage.StorageOptions storage) => Database ?? storage.Provider;
}

/// <summary>How silos find each other.</summary>
public enum ClusterProvider
{
    /// <summary>One silo on this machine, no membership table: the embedded default.</summary>
    Localhost,

    /// <summary>Orleans' ADO.NET membership (and reminders) in PostgreSQL or SQL Server.</summary>
    AdoNet,

    /// <summary>Orleans' Azure Table membership.</summary>
    AzureStorage,
}
