using Concierge.Grains.Interfaces.Telephony;
using Concierge.Silo.Telephony;
using Concierge.Silo.Twilio;
using Microsoft.Extensions.Options;

namespace Concierge.WebFront.Twilio;

public static class TwilioServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="TwilioOptions"/> to <c>Concierge:Twilio</c>. A missing auth token does not stop start-up (the
    /// app is usable without Twilio); a malformed public URL does, since no signature could ever match it.
    /// </summary>
    public static IServiceCollection AddTwilioOptions(this IServiceCollection services)
    {
        services.AddOptions<TwilioOptions>()
            .BindConfiguration(TwilioOptions.SectionName)
            .Validate(
                options => options.PublicBaseUrl is null || IsBaseUrl(options.PublicBaseUrl),
                $"{TwilioOptions.PublicBaseUrlKey} must be an absolute http(s) URL without query string, e.g. https://concierge.example.com.")
            .Validate(
                options => IsBaseUrl(options.ApiBaseUrl),
                $"{TwilioOptions.SectionName}:ApiBaseUrl must be an absolute http(s) URL without query string.")
            .ValidateOnStart();
        return services;
    }

    /// <summary>
    /// Everything the voice webhooks need: options, the TwiML renderer, what records in the background that a caller
    /// was told of a technical problem, and the grains' way out to Twilio's REST API (<see cref="ITelephony"/>). In Production the auth token and the public
    /// base URL are required at start-up; in Development a missing token is replaced by a local one (<see cref="LocalTwilioToken"/>).
    /// </summary>
    public static IServiceCollection AddTwilioWebhooks(this IServiceCollection services)
    {
        services.AddTwilioOptions();
        services.AddSingleton<IValidateOptions<TwilioOptions>, ProductionTwilioSettingsValidator>();
        services.AddSingleton<LocalTwilioToken>();
        services.AddSingleton<IPostConfigureOptions<TwilioOptions>>(sp => sp.GetRequiredService<LocalTwilioToken>());
        services.AddSingleton<CallStepTwiml>();
        services.AddSingleton<TroubleRecorder>();
        services.AddTwilioTelephony();
        return services;
    }

    private static bool IsBaseUrl(Uri url) =>
        url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp) && url.Query.Length == 0 && url.Fragment.Length == 0;
}
