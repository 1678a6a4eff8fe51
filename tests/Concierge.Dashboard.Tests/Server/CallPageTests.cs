using System.Net;
using Orleans;
using Orleans.Runtime;
using Concierge.TestSupport;

namespace Concierge.Dashboard.Tests.Server;

/// <summary>The call page and the dashboard's request budget: unknown calls cost nothing to look up, and no session can flood the app.</summary>
public sealed class CallPageTests(ConciergeAppFactory app) : IClassFixture<ConciergeAppFactory>
{
    [Fact]
    public async Task OpeningCallsThatDoNotExistActivatesNoCallGrain()
    {
        var browser = app.Browser();
        (await DashboardForms.SignInAsync(browser)).Dispose();
        var before = await CallGrainActivationsAsync();

        for (var i = 0; i < 20; i++)
        {
            using var response = await browser.GetAsync(new Uri($"/calls/CA{Guid.NewGuid():N}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        Assert.InRange(await CallGrainActivationsAsync(), 0, before); // fewer when another test's ended call left meanwhile
    }

    [Fact]
    public async Task ACallOfThisCompanyStillOpens()
    {
        var browser = app.Browser();
        (await DashboardForms.SignInAsync(browser)).Dispose();
        var call = app.NewCall();
        await call.RingAsync();

        using var response = await browser.GetAsync(new Uri($"/calls/{call.CallSid}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ASessionOverTheRequestBudgetGets429WithRetryAfter()
    {
        await using var limited = new ConciergeAppFactory();
        limited.Settings["Concierge:Api:RequestsPerMinute"] = "3";
        var browser = limited.Browser();
        (await DashboardForms.SignInAsync(browser)).Dispose();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await browser.GetAsync(new Uri($"/calls/CA{Guid.NewGuid():N}", UriKind.Relative));
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.InRange(int.Parse(response.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture), 1, 60);
            }
        }

        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.TooManyRequests], statuses);
    }

    private async Task<int> CallGrainActivationsAsync() =>
        (await app.Grains.GetGrain<IManagementGrain>(0).GetSimpleGrainStatistics())
            .Where(s => s.GrainType.Contains("CallGrain", StringComparison.Ordinal)).Sum(s => s.ActivationCount);
}
