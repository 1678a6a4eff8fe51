using Orleans;
using Orleans.Concurrency;

namespace Concierge.Grains.Interfaces.Webhooks;

/// <summary>
/// One outgoing webhook delivery, keyed by <see cref="WebhookDeliveryKey.For"/> (company and delivery id): recorded once,
/// then posted to the company's endpoint in the background, retried with a doubling wait until it is acknowledged (2xx)
/// or has used up its attempts. Once acknowledged it is never posted again.
/// </summary>
[Alias("concierge.IWebhookDeliveryGrain")]
public interface IWebhookDeliveryGrain : IGrainWithStringKey
{
    /// <summary>
    /// Records the delivery durably (stored before this returns) and starts sending it. Enqueueing the same delivery id
    /// again changes nothing and returns the delivery as it stands.
    /// </summary>
    Task<WebhookDeliveryRecord> EnqueueAsync(WebhookDelivery delivery);

    /// <summary>The delivery; null when none was enqueued under this key.</summary>
    [ReadOnly]
    Task<WebhookDeliveryRecord?> GetAsync();

    /// <summary>Continues a pending delivery (after a restart); nothing for a finished one.</summary>
    Task ResumeAsync();
}

/// <summary>The key of a delivery grain: delivery ids are the sender's, so they are scoped by company.</summary>
public static class WebhookDeliveryKey
{
    public static string For(string companyId, string deliveryId) => $"{companyId}/{deliveryId}";
}

/// <summary>What to send: <paramref name="Body"/> is the JSON document posted as is.</summary>
/// <param name="DeliveryId">Unique per company; the receiver deduplicates on it (header <c>Concierge-Delivery</c>).</param>
/// <param name="EventType">What happened, e.g. <c>handover.created</c> (header <c>Concierge-Event</c>).</param>
[GenerateSerializer, Immutable, Alias("concierge.WebhookDelivery")]
public sealed record WebhookDelivery(string CompanyId, string DeliveryId, string EventType, string Body) : PrivateRecord;

/// <summary>A delivery as it stands.</summary>
/// <param name="Status">One of <see cref="WebhookDeliveryStatuses"/>.</param>
/// <param name="Error">Why the last attempt failed (status code or network error).</param>
[GenerateSerializer, Immutable, Alias("concierge.WebhookDeliveryRecord")]
public sealed record WebhookDeliveryRecord(
    string CompanyId,
    string DeliveryId,
    string EventType,
    string Status,
    int Attempts,
    string? Error,
    DateTimeOffset CreatedAt,
    DateTimeOffset? NextAttemptAt,
    DateTimeOffset? DeliveredAt) : PrivateRecord;

public static class WebhookDeliveryStatuses
{
    /// <summary>Waiting for its first or next attempt.</summary>
    public const string Pending = "pending";

    /// <summary>Acknowledged with a 2xx: never sent again.</summary>
    public const string Delivered = "delivered";

    /// <summary>Every attempt failed; not sent again.</summary>
    public const string Failed = "failed";

    /// <summary>The company had no endpoint when the delivery was due.</summary>
    public const string Skipped = "skipped";

    public static IReadOnlyList<string> All { get; } = [Pending, Delivered, Failed, Skipped];
}
