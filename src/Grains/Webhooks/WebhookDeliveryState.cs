using Concierge.Grains.Interfaces.Webhooks;

namespace Concierge.Grains.Webhooks;

/// <summary>A delivery's durable state, owned by its <see cref="WebhookDeliveryGrain"/>.</summary>
public sealed class WebhookDeliveryState
{
    /// <summary>What to send; null until enqueued.</summary>
    public WebhookDelivery? Delivery { get; set; }

    public string Status { get; set; } = WebhookDeliveryStatuses.Pending;

    public int Attempts { get; set; }

    public string? Error { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? NextAttemptAt { get; set; }

    public DateTimeOffset? DeliveredAt { get; set; }
}
