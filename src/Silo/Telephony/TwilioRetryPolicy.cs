using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Retry;

namespace Concierge.Silo.Telephony;

/// <summary>
/// Which failed Twilio requests may be sent again. A POST creates a call or a message, or changes a live call: once it may
/// have reached Twilio (an answer of any kind, a time-out, a connection lost mid-request) sending it again could do it
/// twice, so it is retried only when it certainly never left (no connection could be made). GETs change nothing and are
/// retried on every transient failure.
/// </summary>
public static class TwilioRetryPolicy
{
    public static ValueTask<bool> ShouldRetryAsync(RetryPredicateArguments<HttpResponseMessage> arguments)
    {
        var method = arguments.Context.GetRequestMessage()?.Method ?? arguments.Outcome.Result?.RequestMessage?.Method;
        return ValueTask.FromResult(IsIdempotent(method)
            ? HttpClientResiliencePredicates.IsTransient(arguments.Outcome)
            : NeverSent(arguments.Outcome.Exception));
    }

    private static bool IsIdempotent(HttpMethod? method) => method == HttpMethod.Get || method == HttpMethod.Head;

    /// <summary>
    /// The connection was never made (refused, unreachable, name not resolved, TLS handshake failed): not one byte of the
    /// request reached Twilio. <see cref="HttpRequestError.ConnectionError"/> is only raised while connecting, before any
    /// request is written.
    /// </summary>
    public static bool NeverSent(Exception? exception) => exception is HttpRequestException
    {
        HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError,
    };
}
