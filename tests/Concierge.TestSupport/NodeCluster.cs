using System.Net.Http.Json;
using System.Text.Json;

namespace Concierge.TestSupport;

/// <summary>
/// N Concierge nodes as real processes on one PostgreSQL database, forming one Orleans cluster through its membership
/// table (<c>Concierge:Cluster:Provider</c> AdoNet), behind a round-robin balancer: a deployment of several nodes.
/// </summary>
public sealed class NodeCluster : IAsyncDisposable
{
    public const string AdminKey = "cluster-test-admin-key-0123456789";

    private readonly TempDirectory directory = new();
    private readonly List<WebFrontProcess> nodes = [];

    private NodeCluster(PostgresDatabase database) => Database = database;

    public PostgresDatabase Database { get; }

    public IReadOnlyList<WebFrontProcess> Nodes => nodes;

    public RoundRobinBalancer Balancer { get; private set; } = null!;

    /// <param name="count">How many nodes.</param>
    /// <param name="server">The PostgreSQL server to make the database on; by default the one ./test.sh starts.</param>
    public static async Task<NodeCluster> StartAsync(int count, string? server = null)
    {
        var cluster = new NodeCluster(await PostgresDatabase.CreateAsync(server ?? PostgresDatabase.ServerConnectionString));
        var environment = ConciergeEnvironment.Postgres(cluster.Database.ConnectionString);
        environment["Concierge__Cluster__Provider"] = "AdoNet";
        environment["Concierge__Cluster__AdvertisedIP"] = "127.0.0.1";
        environment["Concierge__AdminKey"] = AdminKey;
        for (var i = 0; i < count; i++)
        {
            cluster.nodes.Add(await WebFrontProcess.StartAsync(cluster.directory.Path, environment));
        }

        cluster.Balancer = new RoundRobinBalancer([.. cluster.nodes.Select(n => n.BaseAddress)]);
        await WaitForAsync(silos => silos.Count(s => s.Status == "Active") == count, cluster.nodes[0]);
        return cluster;
    }

    /// <summary>The cluster as <paramref name="node"/> reports it (<c>GET /api/cluster</c>).</summary>
    public static async Task<IReadOnlyList<SiloView>> SilosSeenByAsync(WebFrontProcess node)
    {
        using var http = new HttpClient { BaseAddress = node.BaseAddress, Timeout = TimeSpan.FromSeconds(15) };
        http.DefaultRequestHeaders.Add("X-Api-Key", AdminKey);
        var cluster = await http.GetFromJsonAsync<JsonElement>(new Uri("/api/cluster", UriKind.Relative));
        return [.. cluster.GetProperty("silos").EnumerateArray().Select(s => new SiloView(
            s.GetProperty("address").GetString()!,
            s.GetProperty("status").GetString()!,
            s.GetProperty("activations").EnumerateObject().Where(a => a.Name.Contains("CallGrain", StringComparison.Ordinal)).Sum(a => a.Value.GetInt32())))];
    }

    /// <summary>Polls what <paramref name="node"/> reports until <paramref name="condition"/> holds (Orleans' failure detection takes seconds).</summary>
    public static async Task<IReadOnlyList<SiloView>> WaitForAsync(Func<IReadOnlyList<SiloView>, bool> condition, WebFrontProcess node, int seconds = 120)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        IReadOnlyList<SiloView> silos = [];
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                silos = await SilosSeenByAsync(node);
                if (condition(silos))
                {
                    return silos;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // a node still starting, or busy failing over
            }

            await Task.Delay(500);
        }

        throw new TimeoutException($"The cluster never got there; last seen: {string.Join(", ", silos)}");
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var node in nodes)
        {
            await node.DisposeAsync();
        }

        Balancer?.Dispose();
        await Database.DisposeAsync();
        directory.Dispose();
    }
}

/// <summary>A silo as <c>/api/cluster</c> lists it, with how many calls it hosts now.</summary>
public sealed record SiloView(string Address, string Status, int CallActivations);
