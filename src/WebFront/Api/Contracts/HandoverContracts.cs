using Concierge.Grains.Interfaces.Handovers;
using Concierge.Silo.Handovers;

namespace Concierge.WebFront.Api.Contracts;

/// <summary>
/// Handover settings as the company sets them: the agent line (E.164, a national number, or a SIP URI; null or empty:
/// no handover), whether urgent screened calls go to it, and how many minutes a token stays valid (default 10).
/// </summary>
public sealed record HandoverSettingsInput(string? AgentNumber = null, bool? RouteUrgentCalls = null, int? TokenMinutes = null);

public sealed record HandoverSettingsResponse(string? AgentNumber, bool RouteUrgentCalls, int TokenMinutes)
{
    public static HandoverSettingsResponse Of(HandoverSettings settings) => new(settings.AgentNumber, settings.RouteUrgentCalls, settings.TokenMinutes);
}

/// <summary>What the agent's system reads with the token it was given.</summary>
public sealed record HandoverResponse(
    string Token, string CallSid, string CallerPhone, string? CallerName, string Reason, string Summary, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt)
{
    public static HandoverResponse Of(HandoverTicket t) => new(t.Token, t.CallSid, t.CallerPhone, t.CallerName, t.Reason, t.Summary, t.CreatedAt, t.ExpiresAt);
}

/// <summary>A handover in the list: its outcome (waiting, picked_up, expired) and the last digits of its token.</summary>
public sealed record HandoverListItem(
    string TokenEnding, string CallSid, string CallerPhone, string? CallerName, string Reason, string Outcome,
    DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, DateTimeOffset? PickedUpAt)
{
    public static HandoverListItem Of(HandoverSummaryRow row, DateTimeOffset now) => new(
        row.HandoverId[^Math.Min(4, row.HandoverId.Length)..], row.CallSid, row.CallerPhone, row.CallerName, row.Reason,
        row.UsedAtMs is not null ? HandoverOutcomes.PickedUp : now.ToUnixTimeMilliseconds() >= row.ExpiresAtMs ? HandoverOutcomes.Expired : HandoverOutcomes.Waiting,
        DateTimeOffset.FromUnixTimeMilliseconds(row.CreatedAtMs), DateTimeOffset.FromUnixTimeMilliseconds(row.ExpiresAtMs),
        row.UsedAtMs is { } used ? DateTimeOffset.FromUnixTimeMilliseconds(used) : null);
}

public sealed record HandoverPageResponse(IReadOnlyList<HandoverListItem> Items, string? NextCursor);
