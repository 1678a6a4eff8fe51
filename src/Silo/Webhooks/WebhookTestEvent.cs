using System.Text.Json;
using Concierge.Grains.Interfaces.Webhooks;
using Orleans;

namespace Concierge.Silo.Webhooks;

/// <summary>
/// A <c>webhook.test</c> event sent to a company's endpoint through the outbox, like any other delivery (signed, retried,
/// listed), so the owner can check the receiver before a real event comes. Sent from outside the grains: the delivery grain
/// reads the endpoint grain, so the endpoint grain must not call the delivery grain.
/// </summary>
public sealed class WebhookTestEvent(IGrainFactory grains, TimeProvider time)
{
    /// <summary>The event type of a test delivery (header <c>Concierge-Event</c>).</summary>
    public const string Type = "webhook.test";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The delivery as queued; null when the company has no endpoint (nothing is queued).</summary>
    public async Task<WebhookDeliveryRecord?> SendAsync(string companyId)
    {
        if (await grains.GetGrain<IWebhookEndpointGrain>(companyId).GetAsync() is null)
        {
            return null;
        }

        var deliveryId = $"test-{Guid.NewGuid():N}";
        var body = JsonSerializer.Serialize(new { @event = Type, deliveryId, companyId, sentAt = time.GetUtcNow() }, Json);
        return await grains.GetGrain<IWebhookDeliveryGrain>(WebhookDeliveryKey.For(companyId, deliveryId))
            .EnqueueAsync(new WebhookDelivery(companyId, deliveryId, Type, body));
    }
}
