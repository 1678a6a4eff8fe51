using Concierge.Grains.Interfaces.Projections;

namespace Concierge.Grains.Webhooks;

/// <summary>A delivery's row in the delivery list, from its state.</summary>
public static class WebhookDeliveryRows
{
    public static WebhookDeliveryRow Of(string key, WebhookDeliveryState delivery, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        var what = delivery.Delivery!;
        return new WebhookDeliveryRow
        {
            DeliveryKey = key,
            CompanyId = what.CompanyId,
            DeliveryId = what.DeliveryId,
            EventType = what.EventType,
            Status = delivery.Status,
            Attempts = delivery.Attempts,
            Error = delivery.Error,
            CreatedAtMs = delivery.CreatedAt.ToUnixTimeMilliseconds(),
            DeliveredAtMs = delivery.DeliveredAt?.ToUnixTimeMilliseconds(),
            NextAttemptAtMs = delivery.NextAttemptAt?.ToUnixTimeMilliseconds(),
            UpdatedAtMs = now.ToUnixTimeMilliseconds(),
        };
    }
}
