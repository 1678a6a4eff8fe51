namespace Concierge.Grains.Interfaces.Projections;

/// <summary>
/// A call in the call log: written by the call grain with its state, read back by the conversation queries (times are
/// Unix milliseconds, portable across every store). Init properties rather than a positional record, so the queries
/// read it back whatever integer width a store reports.
/// </summary>
[ProjectionTable("calls", nameof(CallSid))]
public sealed record CallRow : IProjectionRow
{
    public required string CallSid { get; init; }

    [SetOnInsert]
    public required string CompanyId { get; init; }

    [SetOnInsert]
    public required string FromNumber { get; init; }

    [SetOnInsert]
    public required string ToNumber { get; init; }

    public string? CallerName { get; init; }

    public required string Status { get; init; }

    public string? FinalDecision { get; init; }

    public string? Reason { get; init; }

    public string? TransferOutcome { get; init; }

    public string? Category { get; init; }

    public string? DecidedBy { get; init; }

    [SetOnInsert]
    public long StartedAtMs { get; init; }

    public long? EndedAtMs { get; init; }

    public int? DurationSeconds { get; init; }

    public int TurnCount { get; init; }

    public long UpdatedAtMs { get; init; }
}
