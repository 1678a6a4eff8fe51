using Concierge.Grains.Interfaces.Projections;
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
    /// <summary>
    /// Records a new call (idempotent per CallSid) and returns what was known before it, with the rows the call must
    /// commit with its own start: this grain saves the call with its next change, and catches up from those rows after a
    /// crash, so a call start is one durable write (the call's).
    /// </summary>
    Task<CallerCallStarted> CallStartedAsync(CallerCallStart start);

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

/// <summary>A call starting: its CallSid, its start, and the names known before the caller's history is read.</summary>
/// <param name="ExceptionName">The name on the owner's exception list, which wins over any other.</param>
/// <param name="CallerIdName">The name the network sent (CNAM), used when nothing better is known.</param>
[GenerateSerializer, Immutable, Alias("concierge.CallerCallStart")]
public sealed record CallerCallStart(string CallSid, DateTimeOffset At, string? ExceptionName, string? CallerIdName) : PrivateRecord;

/// <summary>
/// What the caller grain answers a call start with: what was known before it, and the callers-list row and the
/// caller's call row that the call's own commit stores (the caller grain's state follows with its next save).
/// </summary>
[GenerateSerializer, Immutable, Alias("concierge.CallerCallStarted")]
public sealed record CallerCallStarted(CallerStanding Standing, CallerRow Row, CallerCallRow Call) : PrivateRecord;

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
