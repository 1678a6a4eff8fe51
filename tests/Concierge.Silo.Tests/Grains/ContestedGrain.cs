using Concierge.Grains;
using Orleans;
using Orleans.Runtime;

namespace Concierge.Silo.Tests.Grains;

public sealed class ContestedState
{
    public List<string> Entries { get; set; } = [];
}

[GrainType("test-contested")]
public sealed class ContestedGrain(
    [PersistentState("entries", GrainStorage.Name)] IPersistentState<ContestedState> state,
    Interloper interloper) : Grain, IContestedGrain
{
    public async Task AppendAsync(string entry)
    {
        state.State.Entries.Add(entry);
        await interloper.MaybeWriteFirstAsync(this.GetPrimaryKeyString());
        await state.WriteStateAsync();
    }

    public Task<IReadOnlyList<string>> GetAsync() => Task.FromResult<IReadOnlyList<string>>([.. state.State.Entries]);
}
