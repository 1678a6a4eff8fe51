using System.Net;
using Concierge.WebFront.Dashboard;
using Concierge.WebFront.Dashboard.Live;
using Concierge.TestSupport;

namespace Concierge.Dashboard.Tests.Server;

public sealed class LiveEventStreamTests(ConciergeAppFactory app) : IClassFixture<ConciergeAppFactory>
{
    [Fact]
    public async Task TheStreamOpensAtOnceAndSendsACallWithItsLatestTurnAsItChanges()
    {
        var browser = app.Browser();
        (await DashboardForms.SignInAsync(browser)).Dispose();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var request = new HttpRequestMessage(HttpMethod.Get, DashboardEndpoints.LiveEventsPath);
        using var response = await browser.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(timeout.Token));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"event: {LiveCallFeed.HeartbeatEvent}", await reader.ReadLineAsync(timeout.Token)); // sent before any call exists
        var call = app.NewCall();

        await call.RingAsync();
        await call.SayAsync("Hello, I'm calling from Summit Solar about a special offer on solar panels for homeowners in your area.");

        string? reply = null; // the greeting and the reply may arrive in one poll or two; the reply must arrive
        while (reply is null && await reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("data: ", StringComparison.Ordinal) && line.Contains(call.CallSid, StringComparison.Ordinal) && line.Contains("\"turnCount\":3", StringComparison.Ordinal))
            {
                reply = line;
            }
        }

        Assert.NotNull(reply);
        Assert.Contains("\"latestTurn\":{\"speaker\":\"concierge\"", reply, StringComparison.Ordinal);
        Assert.Contains("\"brain\":\"rules\"", reply, StringComparison.Ordinal);
    }
}
