namespace Concierge.Grains.Interfaces.Projections;

/// <summary>A call in the call log (times are Unix milliseconds, portable across every store).</summary>
[ProjectionTable("calls", nameof(CallSid))]
public sealed record CallRow(
    string CallSid,
    string CompanyId,
    string FromNumber,
    string ToNumber,
    string? CallerName,
    string Status,
    string? FinalDecision,
    string? Reason,
    string? TransferOutcome,
    string? Category,
    string? DecidedBy,
    long StartedAtMs,
    long? EndedAtMs,
    int? DurationSeconds,
    int TurnCount,
    long UpdatedAtMs) : IProjectionRow;
