using Concierge.Silo.Tests.Grains;
using Concierge.TestSupport;

namespace Concierge.Silo.Tests.Runtime;

/// <summary>
/// Two runtime instances ("nodes"), each with its own activations and connection pool, sharing one real
/// PostgreSQL database, as N web front ends behind a load balancer do.
/// </summary>
public sealed class MultiNodeTests : IAsyncLifetime
{
    private PostgresDatabase database = null!;
    private TestSilo nodeA = null!;
    private TestSilo nodeB = null!;

    public async Task InitializeAsync()
    {
        database = await PostgresDatabase.CreateAsync();
        nodeA = await TestSilo.StartAsync(TestSilo.Postgres(database.ConnectionString));
        nodeB = await TestSilo.StartAsync(TestSilo.Postgres(database.ConnectionString));
    }

    public async Task DisposeAsync()
    {
        await nodeA.DisposeAsync();
        await nodeB.DisposeAsync();
        await database.DisposeAsync();
    }

    [Fact]
    public async Task TwoNodesIncrementingOneGrainConcurrentlyLoseNoIncrement()
    {
        const int perNode = 300;
        var onA = nodeA.Grains.GetGrain<ICounterGrain>("contended");
        var onB = nodeB.Grains.GetGrain<ICounterGrain>("contended");

        await Task.WhenAll(Enumerable.Range(0, perNode).SelectMany(_ => new[] { Task.Run(onA.IncrementAsync), Task.Run(onB.IncrementAsync) }));

        Assert.Equal(2 * perNode, await onA.GetAsync());
        Assert.Equal(2 * perNode, await onB.GetAsync());
        var stored = await nodeA.Storage.ReadAsync(new("test-counter", "contended", "counter"));
        Assert.Equal(2 * perNode, stored!.Version);
    }

    [Fact]
    public async Task ANodeAnswersWithWhatAnotherNodeWroteLast()
    {
        var onA = nodeA.Grains.GetGrain<ICounterGrain>("handover");
        var onB = nodeB.Grains.GetGrain<ICounterGrain>("handover");
        Assert.Equal(0, await onB.GetAsync()); // B now holds an activation of its own

        await onA.IncrementAsync();
        await onA.IncrementAsync();

        Assert.Equal(2, await onB.GetAsync());
        Assert.Equal(3, await onB.IncrementAsync());
        Assert.Equal(3, await onA.GetAsync());
    }
}
