namespace Concierge.Grains.Interfaces.Projections;

/// <summary>A handover in the company's handover list, written by its grain; its outcome follows from the times.</summary>
[ProjectionTable("handovers", nameof(HandoverId))]
public sealed record HandoverRow : IProjectionRow
{
    /// <summary>The handover's token.</summary>
    public required string HandoverId { get; init; }

    public required string CompanyId { get; init; }

    public required string CallSid { get; init; }

    public required string CallerPhone { get; init; }

    public string? CallerName { get; init; }

    public required string Reason { get; init; }

    public long CreatedAtMs { get; init; }

    public long ExpiresAtMs { get; init; }

    public long? UsedAtMs { get; init; }

    public long UpdatedAtMs { get; init; }
}
