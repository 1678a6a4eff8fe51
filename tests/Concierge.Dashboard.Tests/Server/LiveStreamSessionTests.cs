using System.Net;
using Concierge.Grains.Interfaces.Companies;
using Concierge.WebFront.Dashboard;
using Concierge.TestSupport;

namespace Concierge.Dashboard.Tests.Server;

/// <summary>An open live stream belongs to a session: when the session ends, so does the stream, at once.</summary>
public sealed class LiveStreamSessionTests(ConciergeAppFactory app) : IClassFixture<ConciergeAppFactory>
{
    [Fact]
    public async Task RevokingTheKeyEndsAnOpenStreamBeforeAnotherCallIsSent()
    {
        var company = app.Grains.GetGrain<ICompanyGrain>(CompanyIds.Default);
        var issued = await company.IssueApiKeyAsync("live page");
        var (reader, timeout) = await OpenStreamAsync(issued.Key);

        await company.RevokeApiKeyAsync(issued.KeyId);

        await AssertEndsWithoutNewCallsAsync(reader, timeout);
    }

    [Fact]
    public async Task SigningOutElsewhereEndsAnOpenStreamOfThatKey()
    {
        var key = (await app.Grains.GetGrain<ICompanyGrain>(CompanyIds.Default).IssueApiKeyAsync("live page")).Key;
        var (reader, timeout) = await OpenStreamAsync(key);
        var elsewhere = app.Browser();
        (await DashboardForms.SignInAsync(elsewhere, key)).Dispose();

        var token = await DashboardForms.AntiforgeryTokenAsync(elsewhere, "/signout");
        (await elsewhere.PostAsync(new Uri("/signout", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }))).Dispose();

        await AssertEndsWithoutNewCallsAsync(reader, timeout);
    }

    private async Task<(StreamReader Reader, CancellationTokenSource Timeout)> OpenStreamAsync(string key)
    {
        var browser = app.Browser();
        (await DashboardForms.SignInAsync(browser, key)).Dispose();
        var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var response = await browser.SendAsync(new HttpRequestMessage(HttpMethod.Get, DashboardEndpoints.LiveEventsPath), HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reader = new StreamReader(await response.Content.ReadAsStreamAsync(timeout.Token));
        Assert.StartsWith("event: ", await reader.ReadLineAsync(timeout.Token), StringComparison.Ordinal); // open and sending
        return (reader, timeout);
    }

    // The stream must end within seconds (it would otherwise run for its 10-minute lifetime), sending no call that started after.
    private async Task AssertEndsWithoutNewCallsAsync(StreamReader reader, CancellationTokenSource timeout)
    {
        using (timeout)
        using (reader)
        {
            var call = app.NewCall();
            await call.RingAsync();
            timeout.CancelAfter(TimeSpan.FromSeconds(10));
            var lines = new List<string>();
            while (await reader.ReadLineAsync(timeout.Token) is { } line)
            {
                lines.Add(line);
            }

            Assert.DoesNotContain(lines, l => l.Contains(call.CallSid, StringComparison.Ordinal));
        }
    }
}
