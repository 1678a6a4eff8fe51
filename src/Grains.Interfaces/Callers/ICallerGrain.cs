using Concierge.Grains.Interfaces.Screening;
using Orleans;
using Orleans.Concurrency;

namespace Concierge.Grains.Interfaces.Callers;

/// <summary>
/// What the concierge knows about one caller of one company across calls (key: <see cref="CallerKey"/>):
/// the name they gave, their calls and decisions, a spam score, a block flag.
/// </summary>
[Alias("concierge.ICallerGrain")]
public interface ICallerGrain : IGrainWithStringKey
{
    /// <summary>Records a new call (idempotent per CallSid) and returns what was known before it.</summary>
    /// <param name="cancellationToken">The call's turn gave up: write nothing.</param>
    Task<CallerStanding> CallStartedAsync(string callSid, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Records how a call went so far (its decision, category, the name given); later updates replace earlier ones.</summary>
    Task CallUpdatedAsync(CallerCallUpdate update, CancellationToken cancellationToken = default);

    /// <summary>Blocks the caller: their next calls are rejected unanswered.</summary>
    Task BlockAsync(string reason, CancellationToken cancellationToken = default);

    Task UnblockAsync();

    /// <summary>The caller's profile; <see cref="CallerProfile.CallCount"/> is 0 for a number never seen.</summary>
    [ReadOnly]
    Task<CallerProfile> GetAsync();
}

/// <summary>The grain key of a caller: one company's view of one E.164 number.</summary>
public static class CallerKey
{
    public static string For(string companyId, string e164) => $"{companyId}/{e164}";
}

/// <summary>What the concierge knew about a caller when their call started.</summary>
[GenerateSerializer, Immutable, Alias("concierge.CallerStanding")]
public sealed record CallerStanding(CallerHistory History, bool Blocked) : PrivateRecord;

/// <summary>A call's outcome as it concerns the caller.</summary>
[GenerateSerializer, Immutable, Alias("concierge.CallerCallUpdate")]
public sealed record CallerCallUpdate(string CallSid, string? Decision, string? Category, string? NameGiven) : PrivateRecord;

/// <summary>One call in a caller's history.</summary>
[GenerateSerializer, Immutable, Alias("concierge.CallerCall")]
public sealed record CallerCall(string CallSid, DateTimeOffset At, string? Decision, string? Category);

[GenerateSerializer, Immutable, Alias("concierge.CallerProfile")]
public sealed record CallerProfile(
    string CompanyId,
    string Phone,
    string? Name,
    int CallCount,
    double SpamScore,
    bool Blocked,
    string? BlockedReason,
    DateTimeOffset? LastCallAt,
    IReadOnlyList<CallerCall> RecentCalls) : PrivateRecord;
