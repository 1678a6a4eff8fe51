using Azure.Monitor.OpenTelemetry.AspNetCore;
using Concierge.Grains.Telemetry;
using Concierge.WebFront.Logging;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Orleans.Diagnostics;

namespace Concierge.WebFront.Telemetry;

public static class TelemetryExtensions
{
    /// <summary>The standard variables the exporters read themselves; when unset, that exporter is not registered at all.</summary>
    public const string OtlpEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";
    public const string AzureMonitorVariable = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    /// <summary>Orleans' meter (messaging, grains, storage, membership); its activity sources are all under <see cref="ActivitySources.AllActivitySourceName"/>.</summary>
    public const string OrleansMeter = "Microsoft.Orleans";

    /// <summary>
    /// The runtime's built-in meter (GC, allocations, thread pool, JIT): bytes allocated, GC pauses and heap size are what
    /// an operator (and the webhook benchmark) reads to see what a webhook costs in memory.
    /// </summary>
    public const string RuntimeMeter = "System.Runtime";

    /// <summary>
    /// Kestrel's memory pool, which ASP.NET Core's instrumentation subscribes to: it measures every 4 KB block rented and
    /// returned, twice per request and per media-stream frame read. Dropped: its aggregation took 0.6% of the app's CPU
    /// relaying 250 realtime calls (perf), for bytes pooled that an operator of this app never reads (the runtime meter has the heap).
    /// </summary>
    public const string MemoryPoolMeter = "Microsoft.AspNetCore.MemoryPool";

    /// <summary>
    /// Metrics from ASP.NET Core, outgoing HTTP, Orleans and Concierge's own meter, always scrapeable at <c>/metrics</c>;
    /// exported, with traces, over OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set and to Application Insights when
    /// <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> is. Logs join the exports too, after the phone-number masking
    /// (<see cref="PhoneRedactingLoggerFactory"/> wraps every provider) and with their CallSid/CompanyId scopes; spans are
    /// masked the same way (<see cref="PhoneRedactingSpanProcessor"/>).
    /// </summary>
    public static IHostApplicationBuilder AddConciergeTelemetry(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<MetricsOptions>().BindConfiguration(MetricsOptions.SectionName)
            .Validate(o => !o.Unparsable().Any(), $"{MetricsOptions.SectionName}:AllowedNetworks takes networks in CIDR notation, e.g. 10.0.0.0/8.")
            .ValidateOnStart();
        builder.Services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, MetricsAccess>();
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(MetricsAccess.Policy, policy => policy.AddRequirements(new MetricsAccess.Requirement()));

        var exportsToOtlp = !string.IsNullOrWhiteSpace(builder.Configuration[OtlpEndpointVariable]);
        var exportsToAzureMonitor = !string.IsNullOrWhiteSpace(builder.Configuration[AzureMonitorVariable]);
        var telemetry = builder.Services.AddOpenTelemetry();
        if (exportsToOtlp || exportsToAzureMonitor)
        {
            AddTracing(builder, telemetry);
        }

        telemetry.WithMetrics(metrics => metrics
            .AddAspNetCoreInstrumentation()
            .AddView(instrument => instrument.Meter.Name == MemoryPoolMeter ? MetricStreamConfiguration.Drop : null)
            .AddHttpClientInstrumentation()
            .AddMeter(OrleansMeter, ConciergeMeter.Name, RuntimeMeter)
            .AddPrometheusExporter());
        builder.Services.Configure<OpenTelemetryLoggerOptions>(options => options.IncludeScopes = true);
        if (exportsToOtlp)
        {
            telemetry.WithLogging().UseOtlpExporter();
        }

        if (exportsToAzureMonitor)
        {
            telemetry.UseAzureMonitor();
        }

        return builder;
    }

    /// <summary>
    /// Spans, for an exporter to send: with none configured nothing would read them, and collecting them (a span per
    /// request and per grain call, each masked) was a quarter of the bytes a webhook allocated. Without them, log lines
    /// carry no TraceId/SpanId scope, which would name traces that exist nowhere.
    /// </summary>
    private static void AddTracing(IHostApplicationBuilder builder, IOpenTelemetryBuilder telemetry)
    {
        // Spans across grain calls: Orleans starts them only with propagation on (AddOrleans reuses the silo already added).
        builder.UseOrleans(silo => silo.AddActivityPropagation());
        telemetry.WithTracing(tracing => tracing
            .AddProcessor<PhoneRedactingSpanProcessor>()
            .AddAspNetCoreInstrumentation(options => options.EnrichWithHttpResponse = RedactPath)
            .AddHttpClientInstrumentation()
            .AddSource(ActivitySources.AllActivitySourceName));
    }

    /// <summary>Times every Twilio webhook (<see cref="WebhookMetrics"/>); put it before the endpoints.</summary>
    public static IApplicationBuilder UseConciergeTelemetry(this IApplicationBuilder app) => app.UseMiddleware<WebhookMetrics>();

    /// <summary>The Prometheus scrape endpoint, <c>/metrics</c>, for the admin key or an allowed network (<see cref="MetricsAccess"/>).</summary>
    public static IEndpointConventionBuilder MapConciergeMetrics(this IEndpointRouteBuilder routes) =>
        routes.MapPrometheusScrapingEndpoint("/metrics").RequireAuthorization(MetricsAccess.Policy);

    // The raw path carries phone numbers (/api/exceptions/+14155550100); a span shows the route template instead.
    private static void RedactPath(System.Diagnostics.Activity activity, HttpResponse response) =>
        activity.SetTag("url.path", RedactedPath.Of(response.HttpContext));
}
