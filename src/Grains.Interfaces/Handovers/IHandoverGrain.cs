using Orleans;

namespace Concierge.Grains.Interfaces.Handovers;

/// <summary>
/// One handover of a caller to a person, keyed by its random token (the digits the agent's phone receives): what the
/// agent's system may read once, while the token is valid.
/// </summary>
[Alias("concierge.IHandoverGrain")]
public interface IHandoverGrain : IGrainWithStringKey
{
    /// <summary>Stores the handover under this token; false (nothing changed) when the token is already taken.</summary>
    Task<bool> OpenAsync(HandoverTicket ticket);

    /// <summary>
    /// The handover for <paramref name="companyId"/>, once: the first look-up while it is valid gets it and uses it up;
    /// later ones, look-ups after it expired, and another company's get null.
    /// </summary>
    Task<HandoverTicket?> ClaimAsync(string companyId);
}

/// <summary>A handover: who is calling, why, and what was said so far.</summary>
[GenerateSerializer, Immutable, Alias("concierge.HandoverTicket")]
public sealed record HandoverTicket(
    string Token,
    string CompanyId,
    string CallSid,
    string CallerPhone,
    string? CallerName,
    string Reason,
    string Summary,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt) : PrivateRecord;

/// <summary>What became of a handover, as the dashboard and the list show it.</summary>
public static class HandoverOutcomes
{
    /// <summary>Valid and not looked up yet.</summary>
    public const string Waiting = "waiting";

    /// <summary>The agent's system looked it up.</summary>
    public const string PickedUp = "picked_up";

    /// <summary>Never looked up while valid.</summary>
    public const string Expired = "expired";
}
