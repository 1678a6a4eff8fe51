using Orleans;

namespace Concierge.Grains.Interfaces.Calls;

/// <summary>A call as the owner reviews it.</summary>
[GenerateSerializer, Immutable, Alias("concierge.CallRecord")]
public sealed record CallRecord(
    string CallSid,
    string CompanyId,
    string From,
    string To,
    string? CallerName,
    string Status,
    string? FinalDecision,
    string? Reason,
    string? TransferOutcome,
    string? Category,
    string? DecidedBy,
    string? Message,
    DateTimeOffset StartedAt,
    DateTimeOffset? EndedAt,
    int? DurationSeconds,
    IReadOnlyList<CallTurn> Turns) : PrivateRecord;

/// <summary>
/// One turn: who spoke (<see cref="TurnSpeakers"/>), what was said, when; for the concierge's turns, how long
/// the screener took, which brain decided and what it decided.
/// </summary>
[GenerateSerializer, Immutable, Alias("concierge.CallTurn")]
public sealed record CallTurn(
    int Seq,
    string Speaker,
    string Text,
    DateTimeOffset At,
    int? LatencyMs = null,
    string? Brain = null,
    string? Action = null,
    double? Confidence = null) : PrivateRecord;

public static class TurnSpeakers
{
    public const string Caller = "caller";
    public const string Concierge = "concierge";

    /// <summary>Events of the call itself (a transfer attempt and its outcome, the hang-up).</summary>
    public const string System = "system";

    public static IReadOnlyList<string> All { get; } = [Caller, Concierge, System];
}
