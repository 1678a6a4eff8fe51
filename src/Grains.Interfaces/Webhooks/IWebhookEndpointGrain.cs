using Orleans;
using Orleans.Concurrency;

namespace Concierge.Grains.Interfaces.Webhooks;

/// <summary>
/// A company's outgoing webhook endpoint, keyed by company id: the URL deliveries are posted to and the secret they are
/// signed with. Kept apart from the company's settings: the secret is shown once and rotated, never read back by the API.
/// </summary>
[Alias("concierge.IWebhookEndpointGrain")]
public interface IWebhookEndpointGrain : IGrainWithStringKey
{
    /// <summary>Sets the URL; the first time, a signing secret is made and returned (the only time it is shown).</summary>
    Task<WebhookEndpointSaved> SetUrlAsync(Uri url);

    /// <summary>Replaces the signing secret and returns the new one; null when no endpoint is set.</summary>
    Task<string?> RotateSecretAsync();

    /// <summary>Removes the endpoint: deliveries not yet sent are skipped.</summary>
    Task RemoveAsync();

    /// <summary>The endpoint with its secret, for signing a delivery; null when none is set.</summary>
    [ReadOnly]
    Task<WebhookEndpoint?> GetAsync();
}

/// <summary>Where a company's webhooks go and the secret they are signed with.</summary>
[GenerateSerializer, Immutable, Alias("concierge.WebhookEndpoint")]
public sealed record WebhookEndpoint(Uri Url, string Secret, DateTimeOffset SecretCreatedAt) : PrivateRecord;

/// <summary>The endpoint as saved; <paramref name="NewSecret"/> is set only when a secret was just made.</summary>
[GenerateSerializer, Immutable, Alias("concierge.WebhookEndpointSaved")]
public sealed record WebhookEndpointSaved(Uri Url, DateTimeOffset SecretCreatedAt, string? NewSecret) : PrivateRecord;
