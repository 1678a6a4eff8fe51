using System.Net.Http.Json;
using Concierge.TestSupport;

namespace Concierge.Dashboard.Tests.Server;

/// <summary>The Handovers page lists calls put through to the agent line, with their outcome.</summary>
public sealed class HandoversPageTests(ConciergeAppFactory app) : IClassFixture<ConciergeAppFactory>
{
    [Fact]
    public async Task CallerWhoAskedForAPersonIsListedAsWaitingThenPickedUp()
    {
        using var api = app.Api();
        (await api.PutAsJsonAsync(new Uri("/api/settings/handover", UriKind.Relative), new { agentNumber = "+14155550177" })).EnsureSuccessStatusCode();
        var call = app.NewCall();
        await call.RingAsync();
        var token = (await call.SayAsync("Hello, can I talk to a real person please?")).DialedNumber!.Attribute("sendDigits")!.Value[2..];
        var browser = app.Browser();
        (await DashboardForms.SignInAsync(browser)).Dispose();

        var before = await browser.GetStringAsync(new Uri("/handovers", UriKind.Relative));
        (await api.GetAsync(new Uri($"/api/handovers/{token}", UriKind.Relative))).EnsureSuccessStatusCode();
        var after = await browser.GetStringAsync(new Uri("/handovers", UriKind.Relative));

        Assert.Contains($"data-call=\"{call.CallSid}\"", before, StringComparison.Ordinal);
        Assert.Contains("waiting", before, StringComparison.Ordinal);
        Assert.Contains($"…{token[^4..]}", before, StringComparison.Ordinal);
        Assert.DoesNotContain(token, before, StringComparison.Ordinal); // the digits are the agent's, not the page's
        Assert.Contains("picked up", after, StringComparison.Ordinal);
        Assert.Contains("href=\"/handovers\" aria-current=\"page\"", after, StringComparison.Ordinal);
    }
}
