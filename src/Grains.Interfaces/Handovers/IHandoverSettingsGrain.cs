using Orleans;
using Orleans.Concurrency;

namespace Concierge.Grains.Interfaces.Handovers;

/// <summary>A company's handover settings, keyed by company id: where a caller who wants a person is put through, and how.</summary>
[Alias("concierge.IHandoverSettingsGrain")]
public interface IHandoverSettingsGrain : IGrainWithStringKey
{
    /// <summary>The settings; <see cref="HandoverSettings.Off"/> until set.</summary>
    [ReadOnly]
    Task<HandoverSettings> GetAsync();

    /// <summary>Replaces the settings (already checked by the caller).</summary>
    Task SetAsync(HandoverSettings settings);
}

/// <summary>How a company hands callers over to a person.</summary>
/// <param name="AgentNumber">The agent line: E.164 (<c>+14155550100</c>) or a SIP URI (<c>sip:desk@pbx.example.com</c>); null: no handover.</param>
/// <param name="RouteUrgentCalls">Calls the screener finds urgent go to the agent line instead of the owner.</param>
/// <param name="TokenMinutes">How long the agent's system may look a handover up.</param>
[GenerateSerializer, Immutable, Alias("concierge.HandoverSettings")]
public sealed record HandoverSettings(string? AgentNumber, bool RouteUrgentCalls, int TokenMinutes)
{
    public const int DefaultTokenMinutes = 10;

    public const int MaxTokenMinutes = 24 * 60;

    public static HandoverSettings Off { get; } = new(null, false, DefaultTokenMinutes);

    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsSip => AgentNumber?.StartsWith("sip:", StringComparison.OrdinalIgnoreCase) == true;
}
