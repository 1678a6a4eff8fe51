using Concierge.Silo.Twilio;
using Microsoft.Extensions.Options;

namespace Concierge.Silo.Telephony;

/// <summary>
/// Sends the Twilio SDK's requests to <see cref="TwilioOptions.ApiBaseUrl"/> instead of Twilio's hosts, so tests and local
/// runs talk to a fake. The SDK builds absolute URLs on <c>*.twilio.com</c> (api, messaging, voice…); with the default
/// base they go out untouched, otherwise each is re-based keeping its path and query.
/// </summary>
public sealed class TwilioApiBaseHandler(IOptionsMonitor<TwilioOptions> options) : DelegatingHandler
{
    public const string TwilioHost = "api.twilio.com";

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var apiBase = options.CurrentValue.ApiBaseUrl;
        if (request.RequestUri is { IsAbsoluteUri: true } url && IsTwilioHost(url.Host) && !IsTwilioHost(apiBase.Host))
        {
            request.RequestUri = Rebase(url, apiBase);
        }

        return base.SendAsync(request, cancellationToken);
    }

    /// <summary><paramref name="url"/>'s path and query under <paramref name="apiBase"/> (whose own path, if any, comes first).</summary>
    public static Uri Rebase(Uri url, Uri apiBase)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(apiBase);
        return new UriBuilder(apiBase) { Path = apiBase.AbsolutePath.TrimEnd('/') + url.AbsolutePath, Query = url.Query }.Uri;
    }

    private static bool IsTwilioHost(string host) =>
        host.Equals("twilio.com", StringComparison.OrdinalIgnoreCase) || host.EndsWith(".twilio.com", StringComparison.OrdinalIgnoreCase);
}
