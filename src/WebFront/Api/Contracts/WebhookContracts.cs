using Concierge.Grains.Interfaces.Webhooks;
using Concierge.Silo.Webhooks;

namespace Concierge.WebFront.Api.Contracts;

/// <summary>The company's webhook endpoint as set: an https URL (http outside production).</summary>
public sealed record WebhookInput(string? Url = null);

/// <summary>
/// The endpoint; <paramref name="Secret"/> is present only in the answer that made it (the first PUT, or a rotation): it
/// is never shown again, so keep it then.
/// </summary>
public sealed record WebhookResponse(Uri Url, DateTimeOffset SecretCreatedAt, string? Secret = null)
{
    public static WebhookResponse Of(WebhookEndpointSaved saved) => new(saved.Url, saved.SecretCreatedAt, saved.NewSecret);

    public static WebhookResponse Of(WebhookEndpoint endpoint) => new(endpoint.Url, endpoint.SecretCreatedAt);
}

public sealed record WebhookDeliveryResponse(
    string Id, string Event, string Status, int Attempts, string? Error, DateTimeOffset CreatedAt, DateTimeOffset? DeliveredAt, DateTimeOffset? NextAttemptAt)
{
    public static WebhookDeliveryResponse Of(WebhookDeliverySummaryRow row) => new(
        row.DeliveryId, row.EventType, row.Status, row.Attempts, row.Error, DateTimeOffset.FromUnixTimeMilliseconds(row.CreatedAtMs),
        row.DeliveredAtMs is { } delivered ? DateTimeOffset.FromUnixTimeMilliseconds(delivered) : null,
        row.NextAttemptAtMs is { } next ? DateTimeOffset.FromUnixTimeMilliseconds(next) : null);

    public static WebhookDeliveryResponse Of(WebhookDeliveryRecord record) => new(
        record.DeliveryId, record.EventType, record.Status, record.Attempts, record.Error, record.CreatedAt, record.DeliveredAt, record.NextAttemptAt);
}

public sealed record WebhookDeliveryPageResponse(IReadOnlyList<WebhookDeliveryResponse> Items, string? NextCursor);
