using Xunit.Abstractions;
using Concierge.TestSupport;

namespace Concierge.WebFront.Tests.Telemetry;

/// <summary>
/// ASP.NET Core's, Orleans' and the runtime's instruments reach <c>/metrics</c> too. Run alone: ASP.NET Core's meters are per app, and an
/// app disposed elsewhere in this process ends the instruments of the same name that this app's exporter is collecting,
/// which in production (one app per process) cannot happen.
/// </summary>
[Collection(nameof(InstrumentationMetricsTests))]
[CollectionDefinition(nameof(InstrumentationMetricsTests), DisableParallelization = true)]
public sealed class InstrumentationMetricsTests(ITestOutputHelper output)
{
    [Fact]
    public async Task MetricsAlsoCarryAspNetCoreOrleansAndRuntimeInstruments()
    {
        await using var app = new ConciergeAppFactory();
        await app.NewCall().RingAsync();

        var metrics = await MetricsScrape.ReadAsync(app.Api(ConciergeAppFactory.AdminKey));

        output.WriteLine(string.Join("\n", metrics.Text.Split('\n').Where(line => line.StartsWith("# TYPE", StringComparison.Ordinal))));
        Assert.Contains("http_server_request_duration_seconds_bucket", metrics.Text, StringComparison.Ordinal);
        Assert.Contains("\norleans_", metrics.Text, StringComparison.Ordinal);
        Assert.True(metrics.Value("dotnet_gc_heap_total_allocated_bytes_total") > 0, "the runtime's bytes-allocated counter is scrapeable");
    }
}
