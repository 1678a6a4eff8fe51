using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Exporter;
using Concierge.TestSupport;

namespace Concierge.WebFront.Tests.Telemetry;

/// <summary>
/// The app with every scrape collected afresh. By default the exporter answers a scrape that comes within 300 ms of the
/// last one from its cache, which can predate the call a test has just made.
/// </summary>
public sealed class FreshMetricsApp : ConciergeAppFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.Configure<PrometheusAspNetCoreOptions>(o => o.ScrapeResponseCacheDurationMilliseconds = 0));
    }
}
