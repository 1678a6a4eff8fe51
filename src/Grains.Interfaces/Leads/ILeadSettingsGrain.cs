using Orleans;
using Orleans.Concurrency;

namespace Concierge.Grains.Interfaces.Leads;

/// <summary>A company's lead qualification settings and its do-not-call list, keyed by company id.</summary>
[Alias("concierge.ILeadSettingsGrain")]
public interface ILeadSettingsGrain : IGrainWithStringKey
{
    /// <summary>The settings (<see cref="LeadSettings.Default"/> until replaced) and the do-not-call list.</summary>
    [ReadOnly]
    Task<LeadConfiguration> GetAsync();

    /// <summary>Replaces the settings; replaces the do-not-call list too when <paramref name="doNotCall"/> is given (E.164 numbers).</summary>
    Task<LeadConfiguration> ReplaceAsync(LeadSettings settings, IReadOnlyList<string>? doNotCall);

    /// <summary>Whether <paramref name="phone"/> (E.164) asked not to be called.</summary>
    [ReadOnly]
    Task<bool> IsDoNotCallAsync(string phone);

    /// <summary>Adds <paramref name="phone"/> (E.164) to the do-not-call list; nothing when it is on it.</summary>
    Task AddDoNotCallAsync(string phone);
}

/// <summary>A company's lead settings with its do-not-call list (E.164 numbers, sorted).</summary>
[GenerateSerializer, Immutable, Alias("concierge.LeadConfiguration")]
public sealed record LeadConfiguration(LeadSettings Settings, IReadOnlyList<string> DoNotCall) : PrivateRecord
{
    /// <summary>The most numbers a do-not-call list holds.</summary>
    public const int MaxDoNotCall = 10_000;
}
