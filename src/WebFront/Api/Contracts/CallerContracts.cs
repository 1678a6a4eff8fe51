using Concierge.Grains.Interfaces.Callers;
using Concierge.Silo.Queries;
using Concierge.WebFront.Api.OpenApi;

namespace Concierge.WebFront.Api.Contracts;

/// <summary>What the concierge knows about a caller.</summary>
public sealed record CallerResponse(
    string Phone,
    string? Name,
    int CallCount,
    double SpamScore,
    bool Blocked,
    string? BlockedReason,
    DateTimeOffset? LastCallAt,
    IReadOnlyList<CallerCallResponse> RecentCalls)
{
    public static CallerResponse Of(CallerProfile p) => new(
        p.Phone, p.Name, p.CallCount, p.SpamScore, p.Blocked, p.BlockedReason, p.LastCallAt,
        [.. p.RecentCalls.Select(c => new CallerCallResponse(c.CallSid, c.At, c.Decision, c.Category))]);
}

public sealed record CallerCallResponse(
    string CallSid,
    DateTimeOffset At,
    [property: OneOf(ApiWordList.CallDecision)] string? Decision,
    [property: OneOf(ApiWordList.CallCategory)] string? Category);

/// <summary>A caller in the callers list.</summary>
public sealed record CallerSummaryResponse(
    string Phone,
    string? Name,
    int CallCount,
    DateTimeOffset? LastCallAt,
    [property: OneOf(ApiWordList.CallDecision)] string? LastDecision,
    double SpamScore,
    bool Blocked)
{
    public static CallerSummaryResponse Of(CallerSummary c) => new(
        c.Phone, c.Name, c.CallCount, c.LastCallAtMs is { } at ? DateTimeOffset.FromUnixTimeMilliseconds(at) : null, c.LastDecision, c.SpamScore, c.Blocked);
}

public sealed record CallerPageResponse(IReadOnlyList<CallerSummaryResponse> Items, string? NextCursor);

/// <summary>Why the caller is blocked (optional).</summary>
public sealed record BlockInput(string? Reason = null);
