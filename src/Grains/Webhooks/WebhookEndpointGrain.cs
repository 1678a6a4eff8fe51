using Concierge.Grains.Interfaces.Webhooks;
using Orleans;
using Orleans.Runtime;

namespace Concierge.Grains.Webhooks;

/// <summary>A company's webhook endpoint (URL and signing secret). The URL is checked by the API before it gets here.</summary>
[GrainType("webhook-endpoint")]
public sealed class WebhookEndpointGrain(
    [PersistentState("webhook-endpoint", GrainStorage.Name)] IPersistentState<WebhookEndpointState> state,
    TimeProvider time) : Grain, IWebhookEndpointGrain
{
    private WebhookEndpointState Endpoint => state.State;

    public async Task<WebhookEndpointSaved> SetUrlAsync(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        string? made = null;
        if (Endpoint.Secret is null)
        {
            made = NewSecret();
        }

        Endpoint.Url = url;
        await state.WriteStateAsync();
        return new WebhookEndpointSaved(url, Endpoint.SecretCreatedAt, made);
    }

    public async Task<string?> RotateSecretAsync()
    {
        if (Endpoint.Url is null)
        {
            return null;
        }

        var secret = NewSecret();
        await state.WriteStateAsync();
        return secret;
    }

    public async Task RemoveAsync()
    {
        if (Endpoint.Url is null && Endpoint.Secret is null)
        {
            return;
        }

        // The secret goes too: a new endpoint gets a new one, shown once again.
        Endpoint.Url = null;
        Endpoint.Secret = null;
        await state.WriteStateAsync();
    }

    public Task<WebhookEndpoint?> GetAsync() => Task.FromResult(
        Endpoint is { Url: { } url, Secret: { } secret } ? new WebhookEndpoint(url, secret, Endpoint.SecretCreatedAt) : null);

    private string NewSecret()
    {
        Endpoint.Secret = WebhookSignature.NewSecret();
        Endpoint.SecretCreatedAt = time.GetUtcNow();
        return Endpoint.Secret;
    }
}
