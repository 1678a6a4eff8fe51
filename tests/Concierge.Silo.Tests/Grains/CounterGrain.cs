using Concierge.Grains;
using Concierge.Grains.Interfaces.Projections;
using Orleans;
using Orleans.Runtime;

namespace Concierge.Silo.Tests.Grains;

public sealed class CounterState
{
    public int Value { get; set; }
}

[ProjectionTable("test_counter_log", nameof(Key), nameof(Value))]
public sealed record CounterLogRow(string Key, int Value, string Label) : IProjectionRow;

[GrainType("test-counter")]
public sealed class CounterGrain(
    [PersistentState("counter", GrainStorage.Name)] IPersistentState<CounterState> counter,
    IProjectionWriter projections,
    GrainProbe probe) : Grain, ICounterGrain
{
    private string Key => this.GetPrimaryKeyString();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        probe.Activated(Key, counter.State.Value, projections);
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        probe.Deactivated(Key, reason.ReasonCode);
        return Task.CompletedTask;
    }

    public async Task<int> IncrementAsync()
    {
        using var turn = probe.EnterTurn(Key);
        var next = counter.State.Value + 1;
        await Task.Yield(); // give an interleaving runtime every chance to lose this update
        counter.State.Value = next;
        await counter.WriteStateAsync();
        return next;
    }

    public Task<int> GetAsync() => Task.FromResult(counter.State.Value);

    public async Task IncrementThenThrowAsync()
    {
        counter.State.Value += 100;
        await Task.Yield();
        throw new InvalidOperationException("failed half way");
    }

    public async Task IncrementAndLogAsync(string label)
    {
        counter.State.Value++;
        projections.InsertIfAbsent(new CounterLogRow(Key, counter.State.Value, label));
        await counter.WriteStateAsync();
    }

    public async Task LogThenThrowAsync(string label)
    {
        counter.State.Value++;
        projections.InsertIfAbsent(new CounterLogRow(Key, counter.State.Value, label));
        await Task.Yield();
        throw new InvalidOperationException("failed before writing");
    }

    public Task LogWithoutWriteAsync(string label)
    {
        projections.InsertIfAbsent(new CounterLogRow(Key, counter.State.Value, label));
        return Task.CompletedTask;
    }

    public Task MeetAsync(string meeting, int expected) => probe.MeetAsync(meeting, expected);

    public Task RetireAsync()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }
}
