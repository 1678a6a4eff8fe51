using Concierge.Grains.Interfaces.Leads;
using Orleans;
using Orleans.Runtime;

namespace Concierge.Grains.Leads;

/// <summary>A company's lead settings and do-not-call list: one grain per company, apart from the company's call settings.</summary>
[GrainType("lead-settings")]
public sealed class LeadSettingsGrain(
    [PersistentState("lead-settings", GrainStorage.Name)] IPersistentState<LeadSettingsState> state) : Grain, ILeadSettingsGrain
{
    private LeadSettingsState Stored => state.State;

    public Task<LeadConfiguration> GetAsync() => Task.FromResult(Configuration());

    public async Task<LeadConfiguration> ReplaceAsync(LeadSettings settings, IReadOnlyList<string>? doNotCall)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Stored.Settings = settings;
        if (doNotCall is not null)
        {
            Stored.DoNotCall = [.. doNotCall];
        }

        await state.WriteStateAsync();
        return Configuration();
    }

    public Task<bool> IsDoNotCallAsync(string phone) => Task.FromResult(Stored.DoNotCall.Contains(phone));

    public async Task AddDoNotCallAsync(string phone)
    {
        // A lead asking not to be called again is honoured even past the list's size limit, which bounds what a company types in.
        if (Stored.DoNotCall.Add(phone))
        {
            await state.WriteStateAsync();
        }
    }

    private LeadConfiguration Configuration() => new(Stored.Settings ?? LeadSettings.Default, [.. Stored.DoNotCall.Order(StringComparer.Ordinal)]);
}

/// <summary>The durable state of a <see cref="LeadSettingsGrain"/>.</summary>
public sealed class LeadSettingsState
{
    /// <summary>Null until the company first saves its settings.</summary>
    public LeadSettings? Settings { get; set; }

    public HashSet<string> DoNotCall { get; set; } = [];
}
