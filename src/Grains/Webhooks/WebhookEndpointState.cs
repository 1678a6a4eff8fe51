namespace Concierge.Grains.Webhooks;

/// <summary>A company's webhook endpoint, owned by its <see cref="WebhookEndpointGrain"/>.</summary>
public sealed class WebhookEndpointState
{
    public Uri? Url { get; set; }

    /// <summary>The signing secret; kept as is (not hashed), because every delivery is signed with it.</summary>
    public string? Secret { get; set; }

    public DateTimeOffset SecretCreatedAt { get; set; }
}
