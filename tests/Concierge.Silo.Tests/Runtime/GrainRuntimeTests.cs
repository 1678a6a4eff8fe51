using Concierge.Silo.Tests.Grains;
using Concierge.TestSupport;
using Dapper;
using Orleans;
using Orleans.Storage;

namespace Concierge.Silo.Tests.Runtime;

public sealed class GrainRuntimeTests : IAsyncLifetime
{
    private readonly TempDirectory directory = new();
    private TestSilo silo = null!;

    public async Task InitializeAsync() => silo = await TestSilo.StartAsync(TestSilo.Sqlite(directory.File("runtime.db")));

    public async Task DisposeAsync()
    {
        await silo.DisposeAsync();
        directory.Dispose();
    }

    [Fact]
    public async Task ThousandConcurrentIncrementsOfOneGrainEndAtExactlyThousand()
    {
        var counter = silo.Grains.GetGrain<ICounterGrain>("hot");

        var results = await Task.WhenAll(Enumerable.Range(0, 1000).Select(_ => Task.Run(counter.IncrementAsync)));

        Assert.Equal(1000, await counter.GetAsync());
        Assert.Equal(Enumerable.Range(1, 1000), results.Order());
        Assert.Equal(1, silo.Probe.MaxConcurrentTurns("hot"));
        var stored = await silo.Storage.ReadAsync(new("test-counter", "hot", "counter"));
        Assert.Equal(1000, stored!.Version);
        Assert.Contains("\"value\":1000", stored.Payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CallsToThousandDifferentGrainsRunAtTheSameTime()
    {
        // Every call waits until all thousand are inside their grain at once: a runtime that ran them one
        // after another would never get there, and the rendezvous would time out.
        var calls = Enumerable.Range(0, 1000).Select(i => silo.Grains.GetGrain<ICounterGrain>($"parallel-{i}").MeetAsync(1000));

        await Task.WhenAll(calls);

        Assert.Equal(1000, silo.Runtime.ActivationCount);
    }

    [Fact]
    public async Task MethodThatThrowsLeavesPersistedStateUnchangedAndActivationUsable()
    {
        var counter = silo.Grains.GetGrain<ICounterGrain>("fragile");
        await counter.IncrementAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(counter.IncrementThenThrowAsync);

        Assert.Equal(1, await counter.GetAsync());
        Assert.Equal(2, await counter.IncrementAsync());
        var stored = await silo.Storage.ReadAsync(new("test-counter", "fragile", "counter"));
        Assert.Equal(2, stored!.Version);
    }

    [Fact]
    public async Task IdleCollectionRunsOnDeactivateAndReactivationRestoresState()
    {
        var counter = silo.Grains.GetGrain<ICounterGrain>("sleepy");
        await counter.IncrementAsync();
        await counter.IncrementAsync();

        var collected = await silo.Runtime.CollectIdleAsync(TimeSpan.Zero);

        Assert.True(collected >= 1);
        Assert.Contains(("sleepy", DeactivationReasonCode.ActivationIdle), silo.Probe.Deactivations);
        Assert.Equal(3, await counter.IncrementAsync());
        Assert.Equal(2, silo.Probe.Activations.Count(a => a.Key == "sleepy"));
        Assert.Equal(("sleepy", 2), silo.Probe.Activations.Last(a => a.Key == "sleepy"));
    }

    [Fact]
    public async Task BusyActivationIsNotCollected()
    {
        var counter = silo.Grains.GetGrain<ICounterGrain>("busy");
        await counter.IncrementAsync();

        var collected = await silo.Runtime.CollectIdleAsync(TimeSpan.FromHours(1));

        Assert.Equal(0, collected);
        Assert.DoesNotContain(silo.Probe.Deactivations, d => d.Key == "busy");
    }

    [Fact]
    public async Task CallsQueuedBehindACollectedActivationReachANewOne()
    {
        var counter = silo.Grains.GetGrain<ICounterGrain>("churn");
        var increments = Enumerable.Range(0, 200).Select(_ => Task.Run(counter.IncrementAsync)).ToList();
        var collections = Enumerable.Range(0, 50).Select(_ => Task.Run(() => silo.Runtime.CollectIdleAsync(TimeSpan.Zero))).ToList();

        await Task.WhenAll(increments);
        await Task.WhenAll(collections);

        Assert.Equal(200, await counter.GetAsync());
    }

    [Fact]
    public async Task DeactivateOnIdleDeactivatesAfterTheCall()
    {
        var counter = silo.Grains.GetGrain<ICounterGrain>("retiring");
        await counter.IncrementAsync();

        await counter.RetireAsync();

        Assert.Contains(("retiring", DeactivationReasonCode.ApplicationRequested), silo.Probe.Deactivations);
        Assert.Equal(1, await counter.GetAsync());
    }

    [Fact]
    public async Task GrainCallingBackIntoItsCallerFailsInsteadOfDeadlocking()
    {
        var counter = silo.Grains.GetGrain<ICounterGrain>("loop-a");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => counter.CallBackThroughAsync("loop-b"));

        Assert.Contains("Deadlock", error.Message, StringComparison.Ordinal);
        Assert.Contains("loop-a", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await counter.GetAsync()); // and the grain still answers
    }

    [Fact]
    public async Task ProjectionRowsCommitWithTheStateWrite()
    {
        var counter = silo.Grains.GetGrain<ICounterGrain>("logged");

        await counter.IncrementAndLogAsync("first");
        await counter.IncrementAndLogAsync("second");

        Assert.Equal(["1:first", "2:second"], await LogOfAsync("logged"));
    }

    [Fact]
    public async Task ProjectionRowsOfAFailedTurnAreDiscarded()
    {
        var counter = silo.Grains.GetGrain<ICounterGrain>("unlogged");
        await counter.IncrementAndLogAsync("kept");

        await Assert.ThrowsAsync<InvalidOperationException>(() => counter.LogThenThrowAsync("lost"));
        await counter.IncrementAndLogAsync("next");

        Assert.Equal(["1:kept", "2:next"], await LogOfAsync("unlogged"));
    }

    [Fact]
    public async Task ProjectionRowsWithoutAStateWriteAreRefused()
    {
        var counter = silo.Grains.GetGrain<ICounterGrain>("forgetful");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => counter.LogWithoutWriteAsync("orphan"));

        Assert.Contains("wrote no state", error.Message, StringComparison.Ordinal);
        Assert.Empty(await LogOfAsync("forgetful"));
    }

    [Fact]
    public async Task TurnThatLostAnEtagRaceIsRerunOnFreshState()
    {
        var grain = silo.Grains.GetGrain<IContestedGrain>("raced");
        silo.Interloper.InterfereWith(2);

        await grain.AppendAsync("mine");

        // Both writes by "the other node" survive, and this call's entry is applied exactly once on top of them.
        Assert.Equal(["interloper-1", "interloper-2", "mine"], await grain.GetAsync());
    }

    [Fact]
    public async Task TurnThatKeepsLosingEtagRacesFailsWithAClearErrorAndAppliesNothing()
    {
        await using var impatient = await TestSilo.StartAsync(TestSilo.Sqlite(directory.File("impatient.db")), o => o.MaxConflictRetries = 3);
        var grain = impatient.Grains.GetGrain<IContestedGrain>("hopeless");
        impatient.Interloper.InterfereWith(int.MaxValue);

        var error = await Assert.ThrowsAsync<InconsistentStateException>(() => grain.AppendAsync("mine"));

        Assert.Contains("lost 4 ETag races", error.Message, StringComparison.Ordinal);
        impatient.Interloper.InterfereWith(0);
        Assert.DoesNotContain("mine", await grain.GetAsync());
        Assert.Equal(4, impatient.Interloper.Writes);
    }

    [Fact]
    public async Task ActivationsOfTheSameKeyAreSharedAcrossReferences()
    {
        var first = silo.Grains.GetGrain<ICounterGrain>("shared");
        var second = silo.Grains.GetGrain<ICounterGrain>("shared");

        await Task.WhenAll(Enumerable.Range(0, 50).Select(i => (i % 2 == 0 ? first : second).IncrementAsync()));

        Assert.Equal(50, await first.GetAsync());
        Assert.Single(silo.Probe.Activations, a => a.Key == "shared");
    }

    private async Task<IReadOnlyList<string>> LogOfAsync(string key)
    {
        var dialect = ((Concierge.Silo.Storage.SqlGrainStorage)silo.Storage).Dialect;
        await using var connection = await dialect.OpenAsync(CancellationToken.None);
        var rows = await connection.QueryAsync<(long Value, string Label)>(
            "SELECT value, label FROM test_counter_log WHERE key = @Key ORDER BY value", new { Key = key });
        return [.. rows.Select(r => $"{r.Value}:{r.Label}")];
    }
}
