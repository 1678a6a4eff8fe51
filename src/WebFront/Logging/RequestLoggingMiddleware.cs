using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Concierge.WebFront.Logging;

/// <summary>
/// One line per <c>/twilio</c> and <c>/api</c> request: method, route, status and elapsed time, inside the request's
/// <see cref="LogCorrelation"/> scope. Deliberately not ASP.NET's HttpLogging: bodies, query strings and headers carry
/// transcripts, phone numbers and signatures. The route template is logged rather than the path, so
/// <c>/api/exceptions/{phone}</c> never shows the number.
/// </summary>
public sealed partial class RequestLoggingMiddleware(RequestDelegate next, ILogger<RequestLoggingMiddleware> logger)
{
    private static readonly PathString[] LoggedPrefixes = ["/twilio", "/api"];

    public async Task InvokeAsync(HttpContext context)
    {
        if (!LoggedPrefixes.Any(prefix => context.Request.Path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase)))
        {
            await next(context);
            return;
        }

        var correlation = new LogCorrelation();
        context.Features.Set(correlation);
        using var scope = logger.BeginScope(correlation);
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            logger.LogInformation(
                "{Method} {Path} answered {StatusCode} in {ElapsedMs:0.0} ms",
                context.Request.Method, LoggedPath(context), context.Response.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    /// <summary>The matched route's template; for a path no route matched, the path with any long digit run masked.</summary>
    private static string LoggedPath(HttpContext context) =>
        context.GetEndpoint() is RouteEndpoint { RoutePattern.RawText: { Length: > 0 } template }
            ? template
            : DigitRun().Replace(context.Request.Path.Value ?? "", run => string.Concat(new string('*', run.Length - 2), run.Value[^2..]));

    [GeneratedRegex("[0-9]{6,}")]
    private static partial Regex DigitRun();
}
