using System.Diagnostics;
using System.Diagnostics.Metrics;
using Concierge.Grains.Telemetry;

namespace Concierge.WebFront.Telemetry;

/// <summary>
/// How long Twilio waits on each webhook, by route (<c>/twilio/gather</c>): the number that decides whether a caller hears
/// a reply or Twilio's error message (15 s). The media stream's WebSocket lasts the whole call and is left out.
/// </summary>
public sealed class WebhookMetrics(RequestDelegate next)
{
    private static readonly PathString Webhooks = "/twilio";

    private static readonly Histogram<double> Duration = ConciergeMeter.Meter.CreateHistogram<double>(
        "concierge.webhook.duration",
        "s",
        "Time to answer a Twilio webhook, signature check included.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = ConciergeMeter.LatencyBucketsSeconds });

    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments(Webhooks, StringComparison.OrdinalIgnoreCase) || context.WebSockets.IsWebSocketRequest)
        {
            await next(context);
            return;
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            Duration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, new KeyValuePair<string, object?>("route", Route(context)));
        }
    }

    /// <summary>The route template; a path no route matched is "unmatched", so probing cannot grow the number of series.</summary>
    private static string Route(HttpContext context) =>
        context.GetEndpoint() is RouteEndpoint { RoutePattern.RawText: { Length: > 0 } template } ? template : "unmatched";
}
