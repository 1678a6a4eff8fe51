using Concierge.Dashboard.Tests.Server;
using Concierge.TestSupport;

namespace Concierge.Dashboard.Tests.Inbox;

/// <summary>A new owner, before any call: the home page says what to do first instead of showing empty charts alone.</summary>
public sealed class FirstStepsTests(ConciergeAppFactory app) : IClassFixture<ConciergeAppFactory>
{
    [Fact]
    public async Task BeforeTheFirstCallTheHomePageSaysToForwardTheNumberOrTryTheSimulator()
    {
        var browser = app.Browser();
        (await DashboardForms.SignInAsync(browser)).Dispose();

        var html = await browser.GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.Contains("No call has reached Concierge yet", html, StringComparison.Ordinal);
        Assert.Contains("Forward your phone to Concierge", html, StringComparison.Ordinal);
        Assert.Contains("tools/Concierge.Simulator", html, StringComparison.Ordinal);
        Assert.Contains("Nothing needs you", html, StringComparison.Ordinal);
    }
}
