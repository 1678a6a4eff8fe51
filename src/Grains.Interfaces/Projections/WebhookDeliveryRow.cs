namespace Concierge.Grains.Interfaces.Projections;

/// <summary>
/// A webhook delivery in the company's delivery list, written by its grain with its state; the sweep reads
/// <see cref="NextAttemptAtMs"/> to resume pending deliveries after a restart.
/// </summary>
[ProjectionTable("webhook_deliveries", nameof(DeliveryKey))]
public sealed record WebhookDeliveryRow : IProjectionRow
{
    /// <summary>The delivery grain's key (company and delivery id).</summary>
    public required string DeliveryKey { get; init; }

    public required string CompanyId { get; init; }

    public required string DeliveryId { get; init; }

    public required string EventType { get; init; }

    public required string Status { get; init; }

    public int Attempts { get; init; }

    public string? Error { get; init; }

    public long CreatedAtMs { get; init; }

    public long? DeliveredAtMs { get; init; }

    /// <summary>When the sweep should look at a pending delivery again; null for a finished one.</summary>
    public long? NextAttemptAtMs { get; init; }

    public long UpdatedAtMs { get; init; }
}
