using Microsoft.Extensions.DependencyInjection;
using Orleans;
using Concierge.TestSupport;

namespace Concierge.WebFront.Tests.Telemetry;

public sealed class TracingTests
{
    [Fact]
    public async Task WithATraceExporterGrainCallsCarryTheRequestsTraceOnTheCoHostedSilo()
    {
        await using var app = new ConciergeAppFactory();
        app.Settings["OTEL_EXPORTER_OTLP_ENDPOINT"] = "http://127.0.0.1:9";

        Assert.Equal((true, true), Propagation(app));
    }

    [Fact]
    public async Task WithoutOneGrainCallsStartNoSpans()
    {
        await using var app = new ConciergeAppFactory();

        Assert.Equal((false, false), Propagation(app));
    }

    // Orleans starts its grain-call spans, and carries the caller's trace across the call, only with this filter pair.
    private static (bool Incoming, bool Outgoing) Propagation(ConciergeAppFactory app) => (
        app.Services.GetServices<IIncomingGrainCallFilter>().Any(f => IsPropagation(f.GetType().Name)),
        app.Services.GetServices<IOutgoingGrainCallFilter>().Any(f => IsPropagation(f.GetType().Name)));

    private static bool IsPropagation(string filter) => filter.Contains("ActivityPropagation", StringComparison.Ordinal);
}
