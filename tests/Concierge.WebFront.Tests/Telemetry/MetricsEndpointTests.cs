using System.Net;
using Concierge.Grains.Interfaces.Companies;
using Concierge.TestSupport;
using Orleans;
using Xunit.Abstractions;

namespace Concierge.WebFront.Tests.Telemetry;

/// <summary>
/// <c>/metrics</c> after real calls through signed webhooks. The "Concierge" meter is one per process, so other tests' calls
/// may be counted too: a test checks that its own call is there, never an exact total.
/// </summary>
public sealed class MetricsEndpointTests(FreshMetricsApp app, ITestOutputHelper output) : IClassFixture<FreshMetricsApp>
{
    [Fact]
    public async Task AfterACallMetricsShowItUnderItsDecisionWithItsTransferAndWebhookLatencyPerRoute()
    {
        var call = app.NewCall();
        await app.Grains.GetGrain<ICompanyGrain>(CompanyIds.Default).AddExceptionAsync(new ExceptionDraft(call.From, "Mum", ExceptionCategories.Family, null));
        await call.RingAsync();
        await call.DialEndsAsync("completed", bridged: true, duration: 30);
        (await call.HangUpAsync(31)).Dispose();

        var metrics = await MetricsScrape.ReadAsync(app.Api(ConciergeAppFactory.AdminKey));
        output.WriteLine(metrics.Text);

        Assert.True(metrics.Value("concierge_calls_total", ("decision", "transferred_exception")) >= 1);
        Assert.True(metrics.Value("concierge_transfers_total", ("outcome", "completed")) >= 1);
        Assert.NotNull(metrics.Value("concierge_active_calls"));
        foreach (var route in new[] { "/twilio/voice", "/twilio/dial-result", "/twilio/status" })
        {
            Assert.True(metrics.Value("concierge_webhook_duration_seconds_count", ("route", route)) >= 1, $"no latency for {route}");
            Assert.True(metrics.Value("concierge_webhook_duration_seconds_bucket", ("route", route), ("le", "+Inf")) >= 1, $"no buckets for {route}");
            Assert.NotNull(metrics.Value("concierge_webhook_duration_seconds_bucket", ("route", route), ("le", "0.25")));
        }
    }

    [Fact]
    public async Task AScreenedCallIsTimedByTheBrainThatDecided()
    {
        var call = app.NewCall();
        await call.RingAsync();
        await call.SayAsync("Hello, I'm calling from Summit Solar about a special offer on solar panels for homeowners in your area.");
        (await call.HangUpAsync(20)).Dispose();

        var metrics = await MetricsScrape.ReadAsync(app.Api(ConciergeAppFactory.AdminKey));

        Assert.True(metrics.Value("concierge_calls_total", ("decision", "completed")) >= 1);
        Assert.True(metrics.Value("concierge_screening_duration_seconds_count", ("brain", "offline"), ("fallback", "false")) >= 1);
    }

    [Fact]
    public async Task MetricsWithoutAKeyAreRefusedAsUnauthenticatedAndWithACompanyKeyAsForbidden()
    {
        using var anonymous = await app.Api(apiKey: null).GetAsync(new Uri("/metrics", UriKind.Relative));
        using var company = await app.Api().GetAsync(new Uri("/metrics", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, company.StatusCode);
        Assert.DoesNotContain("concierge_", await anonymous.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
