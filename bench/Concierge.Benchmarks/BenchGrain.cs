using Concierge.Grains;
using Orleans;
using Orleans.Runtime;

namespace Concierge.Benchmarks;

[Alias("bench.IBenchGrain")]
public interface IBenchGrain : IGrainWithStringKey
{
    /// <summary>Answers from memory: the cost of a turn itself.</summary>
    Task<int> ReadAsync();

    /// <summary>Read-increment-write: the cost of a durable turn.</summary>
    Task<int> WriteAsync();
}

public sealed class BenchState
{
    public int Count { get; set; }

    public string Note { get; set; } = "a small grain state, about the size of a call's running summary";
}

[GrainType("bench")]
public sealed class BenchGrain([PersistentState("bench", GrainStorage.Name)] IPersistentState<BenchState> state) : Grain, IBenchGrain
{
    public Task<int> ReadAsync() => Task.FromResult(state.State.Count);

    public async Task<int> WriteAsync()
    {
        state.State.Count++;
        await state.WriteStateAsync();
        return state.State.Count;
    }
}
