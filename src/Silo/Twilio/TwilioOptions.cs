namespace Concierge.Silo.Twilio;

/// <summary>Twilio account and addressing (configuration section <c>Concierge:Twilio</c>).</summary>
public sealed class TwilioOptions
{
    public const string SectionName = "Concierge:Twilio";

    public const string AuthTokenKey = SectionName + ":" + nameof(AuthToken);

    public const string PublicBaseUrlKey = SectionName + ":" + nameof(PublicBaseUrl);

    /// <summary>Signs Twilio's webhooks and authenticates REST calls; without it every Twilio request is refused.</summary>
    public string? AuthToken { get; set; }

    public string? AccountSid { get; set; }

    /// <summary>
    /// The URL Twilio uses to reach us, e.g. <c>https://concierge.example.com</c>. Behind a proxy or ingress the app
    /// sees another scheme and host, so signatures are checked against this; null = the request's own.
    /// </summary>
    public Uri? PublicBaseUrl { get; set; }

    /// <summary>Twilio's REST base; tests point it at a local fake.</summary>
    public Uri ApiBaseUrl { get; set; } = new("https://api.twilio.com");
}
