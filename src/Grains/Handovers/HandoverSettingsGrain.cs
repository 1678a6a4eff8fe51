using Concierge.Grains.Interfaces.Handovers;
using Orleans;
using Orleans.Runtime;

namespace Concierge.Grains.Handovers;

/// <summary>A company's handover settings, apart from its company settings (one feature, one grain).</summary>
[GrainType("handover-settings")]
public sealed class HandoverSettingsGrain(
    [PersistentState("handover-settings", GrainStorage.Name)] IPersistentState<HandoverSettingsState> state) : Grain, IHandoverSettingsGrain
{
    public Task<HandoverSettings> GetAsync() => Task.FromResult(state.State.Settings ?? HandoverSettings.Off);

    public async Task SetAsync(HandoverSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        state.State.Settings = settings;
        await state.WriteStateAsync();
    }
}

/// <summary>The stored settings; null until set.</summary>
public sealed class HandoverSettingsState
{
    public HandoverSettings? Settings { get; set; }
}
