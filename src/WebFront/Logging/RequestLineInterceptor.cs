using Microsoft.AspNetCore.HttpLogging;

namespace Concierge.WebFront.Logging;

/// <summary>
/// Shapes ASP.NET's HTTP logging into one line per <c>/twilio</c> and <c>/api</c> request: method, route, status and
/// duration. Only those fields: bodies, query strings and headers carry transcripts, phone numbers and signatures, and
/// the raw path carries numbers, so the route template (<see cref="RedactedPath"/>) stands in for it. Other paths
/// (dashboard, health, <c>/metrics</c>) are not logged: the request metrics cover them.
/// </summary>
internal sealed class RequestLineInterceptor : IHttpLoggingInterceptor
{
    public const HttpLoggingFields Fields = HttpLoggingFields.RequestMethod | HttpLoggingFields.ResponseStatusCode | HttpLoggingFields.Duration;

    private static readonly PathString[] LoggedPrefixes = ["/twilio", "/api"];

    public static bool IsLogged(PathString path) =>
        LoggedPrefixes.Any(prefix => path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase));

    public ValueTask OnRequestAsync(HttpLoggingInterceptorContext logContext)
    {
        if (!IsLogged(logContext.HttpContext.Request.Path))
        {
            logContext.LoggingFields = HttpLoggingFields.None;
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask OnResponseAsync(HttpLoggingInterceptorContext logContext)
    {
        // Added once the endpoint has run, so the route is the one that answered; a parameter alone would log a line.
        if (IsLogged(logContext.HttpContext.Request.Path))
        {
            logContext.AddParameter("Route", RedactedPath.Of(logContext.HttpContext));
        }

        return ValueTask.CompletedTask;
    }
}
