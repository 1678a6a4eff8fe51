namespace Concierge.Simulator.Protocol;

/// <summary>An HttpClient that talks to a concierge the way Twilio does, with Twilio's patience.</summary>
public static class TwilioHttpClient
{
    /// <summary>Twilio gives up on a webhook after 15 s; a slower answer counts as a failure here too.</summary>
    public static readonly TimeSpan WebhookTimeout = TimeSpan.FromSeconds(15);

    /// <summary>A client for the concierge at <paramref name="baseAddress"/>; connections are pooled and unlimited, as Twilio's are.</summary>
    public static HttpClient Create(Uri baseAddress) =>
        new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5), UseCookies = false, AllowAutoRedirect = false })
        {
            BaseAddress = baseAddress,
            Timeout = WebhookTimeout,
        };
}
