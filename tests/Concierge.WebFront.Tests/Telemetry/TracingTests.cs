using Microsoft.Extensions.DependencyInjection;
using Orleans;
using Concierge.TestSupport;

namespace Concierge.WebFront.Tests.Telemetry;

public sealed class TracingTests(ConciergeAppFactory app) : IClassFixture<ConciergeAppFactory>
{
    [Fact]
    public void GrainCallsCarryTheRequestsTraceOnTheCoHostedSilo()
    {
        // Orleans starts its grain-call spans, and carries the caller's trace across the call, only with this filter pair.
        var incoming = app.Services.GetServices<IIncomingGrainCallFilter>().Select(f => f.GetType().Name);
        var outgoing = app.Services.GetServices<IOutgoingGrainCallFilter>().Select(f => f.GetType().Name);

        Assert.Contains(incoming, name => name.Contains("ActivityPropagation", StringComparison.Ordinal));
        Assert.Contains(outgoing, name => name.Contains("ActivityPropagation", StringComparison.Ordinal));
    }
}
