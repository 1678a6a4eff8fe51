using Concierge.Grains.Interfaces.Telephony;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;

namespace Concierge.Silo.Telephony;

public static class TelephonyServiceCollectionExtensions
{
    /// <summary>
    /// <see cref="ITelephony"/> over Twilio's REST API. Its HttpClient: the standard resilience handler, whose retries are
    /// limited to what cannot repeat a side effect (<see cref="TwilioRetryPolicy"/>), then the re-basing to
    /// <c>Concierge:Twilio:ApiBaseUrl</c>. Needs <c>TwilioOptions</c> registered (AddTwilioOptions).
    /// </summary>
    public static IServiceCollection AddTwilioTelephony(this IServiceCollection services)
    {
        services.AddTransient<TwilioApiBaseHandler>();
        var client = services.AddHttpClient(TwilioTelephony.HttpClientName);
        client.AddStandardResilienceHandler(resilience => resilience.Retry.ShouldHandle = TwilioRetryPolicy.ShouldRetryAsync);
        client.AddHttpMessageHandler<TwilioApiBaseHandler>(); // inside the retries: every attempt is re-based
        services.AddSingleton<ITelephony, TwilioTelephony>();
        return services;
    }
}
