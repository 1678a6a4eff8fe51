using Concierge.Silo.Storage;
using Concierge.Silo.Tests.GrainCluster;
using Concierge.Silo.Tests.Grains;
using Orleans;
using Orleans.Storage;

namespace Concierge.Silo.Tests.Turns;

/// <summary>
/// What a grain turn guarantees on Orleans with the SQL store as grain storage: turns of one grain never overlap, a
/// turn that throws leaves neither memory nor storage changed, projection rows commit with the state or not at all,
/// and a write based on state someone else changed is refused.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class TurnTests(ConciergeCluster cluster)
{
    private readonly string key = Guid.NewGuid().ToString("N");

    [Fact]
    public async Task ThousandConcurrentIncrementsFromTwoSilosEndAtExactlyThousand()
    {
        var fromFirst = cluster.GrainsOnSilo(0).GetGrain<ICounterGrain>(key);
        var fromSecond = cluster.GrainsOnSilo(1).GetGrain<ICounterGrain>(key);

        var results = await Task.WhenAll(Enumerable.Range(0, 1000).Select(i => Task.Run((i % 2 == 0 ? fromFirst : fromSecond).IncrementAsync)));

        Assert.Equal(1000, await fromSecond.GetAsync());
        Assert.Equal(Enumerable.Range(1, 1000), results.Order());
        Assert.Equal(1, cluster.Probe.MaxConcurrentTurns(key));
        var stored = await cluster.Store.ReadAsync(new("test-counter", key, "counter"));
        Assert.Equal(1000, stored!.Version);
        Assert.Contains("\"value\":1000", stored.Payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CallsToAHundredDifferentGrainsRunAtTheSameTime()
    {
        // Every call waits until all hundred are inside their grain at once: turns run one after another per grain, not
        // per silo, or the rendezvous would time out.
        await Task.WhenAll(Enumerable.Range(0, 100).Select(i => cluster.Grains.GetGrain<ICounterGrain>($"{key}-{i}").MeetAsync(key, 100)));
    }

    [Fact]
    public async Task TurnThatThrowsLeavesNeitherMemoryNorStorageChanged()
    {
        var counter = cluster.Grains.GetGrain<ICounterGrain>(key);
        await counter.IncrementAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(counter.IncrementThenThrowAsync);

        Assert.Equal(1, await counter.GetAsync()); // Orleans alone would answer 101: the failed turn's change stayed in memory
        Assert.Equal(2, await counter.IncrementAsync());
        Assert.Equal(2, (await cluster.Store.ReadAsync(new("test-counter", key, "counter")))!.Version);
    }

    [Fact]
    public async Task ProjectionRowsCommitWithTheStateWrite()
    {
        var counter = cluster.Grains.GetGrain<ICounterGrain>(key);

        await counter.IncrementAndLogAsync("first");
        await counter.IncrementAndLogAsync("second");

        Assert.Equal(["1:first", "2:second"], await LogAsync());
    }

    [Fact]
    public async Task ProjectionRowsOfAFailedTurnAreDiscarded()
    {
        var counter = cluster.Grains.GetGrain<ICounterGrain>(key);
        await counter.IncrementAndLogAsync("kept");

        await Assert.ThrowsAsync<InvalidOperationException>(() => counter.LogThenThrowAsync("lost"));
        await counter.IncrementAndLogAsync("next");

        Assert.Equal(["1:kept", "2:next"], await LogAsync());
    }

    [Fact]
    public async Task ProjectionRowsWithoutAStateWriteAreRefusedAndDropped()
    {
        var counter = cluster.Grains.GetGrain<ICounterGrain>(key);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => counter.LogWithoutWriteAsync("orphan"));
        await counter.IncrementAndLogAsync("later");

        Assert.Contains("wrote no state", error.Message, StringComparison.Ordinal);
        Assert.Equal(["1:later"], await LogAsync()); // the orphan row did not ride along with the next write
    }

    [Fact]
    public async Task WriteOnStateChangedBehindTheGrainsBackIsRefusedAndTheNextCallSeesWhatIsStored()
    {
        var grain = cluster.Grains.GetGrain<IContestedGrain>(key);
        Assert.Empty(await grain.GetAsync()); // activated: it holds the record as it was
        cluster.Interloper.InterfereWith(1);

        await Assert.ThrowsAsync<InconsistentStateException>(() => grain.AppendAsync("mine"));

        Assert.Equal(["interloper-1"], await grain.GetAsync());
        var stored = await cluster.Store.ReadAsync(SqlGrainStorage.Key("entries", grain.GetGrainId()));
        Assert.DoesNotContain("mine", stored!.Payload, StringComparison.Ordinal);
        await grain.AppendAsync("mine, on fresh state");
        Assert.Equal(["interloper-1", "mine, on fresh state"], await grain.GetAsync());
    }

    [Fact]
    public async Task DeactivatedGrainComesBackWithItsStoredState()
    {
        var counter = cluster.Grains.GetGrain<ICounterGrain>(key);
        await counter.IncrementAsync();
        await counter.IncrementAsync();

        await counter.RetireAsync();
        await WaitUntilAsync(() => cluster.Probe.Deactivations.Contains((key, DeactivationReasonCode.ApplicationRequested)));

        Assert.Equal(3, await counter.IncrementAsync());
        Assert.Equal([(key, 0), (key, 2)], cluster.Probe.Activations.Where(a => a.Key == key));
    }

    [Fact]
    public async Task ADeactivatedGrainsTurnsLeaveNothingBehindInMemory()
    {
        // A call, a caller: every activation ever made. Were anything to keep a deactivated one's storage or rows, a
        // silo's memory would grow with every call it ever took.
        var counter = cluster.Grains.GetGrain<ICounterGrain>(key);
        await counter.IncrementAndLogAsync("written");
        var rows = cluster.Probe.ProjectionWriterOf(key);

        await counter.RetireAsync();
        await WaitUntilAsync(() => cluster.Probe.Deactivations.Contains((key, DeactivationReasonCode.ApplicationRequested)));

        await WaitUntilAsync(() =>
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            return !rows.IsAlive;
        });
    }

    [Fact]
    public async Task OneActivationServesEveryReferenceOnEverySilo()
    {
        var grains = new[] { cluster.Grains, cluster.GrainsOnSilo(0), cluster.GrainsOnSilo(1) };

        await Task.WhenAll(Enumerable.Range(0, 60).Select(i => grains[i % 3].GetGrain<ICounterGrain>(key).IncrementAsync()));

        Assert.Equal(60, await cluster.GrainsOnSilo(1).GetGrain<ICounterGrain>(key).GetAsync());
        Assert.Single(cluster.Probe.Activations, a => a.Key == key);
    }

    private async Task<IReadOnlyList<string>> LogAsync()
    {
        var rows = await cluster.QueryAsync<(long Value, string Label)>("SELECT value, label FROM test_counter_log WHERE key = @Key ORDER BY value", new { Key = key });
        return [.. rows.Select(r => $"{r.Value}:{r.Label}")];
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!condition())
        {
            await Task.Delay(20, timeout.Token);
        }
    }
}
