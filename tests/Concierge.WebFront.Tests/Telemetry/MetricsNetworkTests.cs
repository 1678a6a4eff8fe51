using System.Net;
using Concierge.TestSupport;
using Microsoft.Extensions.Options;

namespace Concierge.WebFront.Tests.Telemetry;

/// <summary><c>Concierge:Metrics:AllowedNetworks</c>: a scraper inside them needs no key; one outside still does.</summary>
public sealed class MetricsNetworkTests
{
    [Fact]
    public async Task AClientInAnAllowedNetworkScrapesWithoutAKeyAndOneOutsideIsRefused()
    {
        await using var app = new ConciergeAppFactory();
        app.Settings["Concierge:Metrics:AllowedNetworks:0"] = "10.20.0.0/16";
        app.Settings["Concierge:Metrics:AllowedNetworks:1"] = "127.0.0.0/8";

        var inside = await MetricsScrape.ReadAsync(app.Api(apiKey: null).From("127.0.0.1"));
        using var mapped = await app.Api(apiKey: null).From("::ffff:10.20.3.4").GetAsync(new Uri("/metrics", UriKind.Relative));
        using var outside = await app.Api(apiKey: null).From("203.0.113.7").GetAsync(new Uri("/metrics", UriKind.Relative));

        Assert.Contains("# TYPE", inside.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, mapped.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, outside.StatusCode);
    }

    [Fact]
    public async Task ANetworkThatIsNotCidrStopsStartUp()
    {
        await using var app = new ConciergeAppFactory();
        app.Settings["Concierge:Metrics:AllowedNetworks:0"] = "the office";

        var error = Assert.Throws<OptionsValidationException>(() => app.CreateClient());

        Assert.Contains("CIDR", error.Message, StringComparison.Ordinal);
    }
}
