namespace Concierge.Grains.Interfaces.Projections;

/// <summary>One turn of a call's conversation.</summary>
[ProjectionTable("call_turns", nameof(CallSid), nameof(Seq))]
public sealed record TurnRow(
    string CallSid,
    int Seq,
    string CompanyId,
    string Speaker,
    string Text,
    long AtMs,
    int? LatencyMs,
    string? Brain,
    string? Action,
    double? Confidence) : IProjectionRow;
