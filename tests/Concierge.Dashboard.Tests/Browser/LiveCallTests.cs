using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Concierge.Dashboard.Tests.Browser;

[Collection(DashboardCollection.Name)]
public sealed class LiveCallTests(DashboardServer server)
{
    [Fact]
    public async Task LiveCallAppearsWithoutReloadAndItsTranscriptOpens()
    {
        await using var session = await server.SignedInAsync();
        var page = session.Page;
        await page.GotoAsync("/live");
        await Expect(page.Locator("[data-live-status]")).ToContainTextAsync("Live");
        await page.EvaluateAsync("() => { window.sameDocument = true; }"); // gone if the page reloads
        var call = server.NewCall();

        await call.RingAsync();
        var row = page.Locator($"#call-{call.CallSid}");
        await Expect(row).ToBeVisibleAsync();
        await Expect(row.Locator("[data-label='Status']")).ToHaveTextAsync("screening");
        await Expect(row.Locator("[data-label='Turns']")).ToHaveTextAsync("1");
        await call.SayAsync("Hello, I'm calling from Summit Solar about a special offer on solar panels for homeowners in your area.");

        await Expect(row.Locator("[data-label='Turns']")).ToHaveTextAsync("3");
        await Expect(row.Locator("[data-label='Status']")).ToHaveTextAsync("ended");
        await Expect(row.Locator("[data-label='Decision']")).ToContainTextAsync("Completed");
        await Expect(row.Locator("[data-label='Latest turn']")).ToContainTextAsync("offline");
        Assert.True(await page.EvaluateAsync<bool>("() => window.sameDocument === true"));
        await session.ScreenshotAsync("live-call-updated-desktop");

        await row.GetByRole(AriaRole.Link).ClickAsync();

        await Expect(page).ToHaveURLAsync($"{server.Origin}/calls/{call.CallSid}");
        var turns = page.Locator(".transcript > li");
        await Expect(turns).ToHaveCountAsync(3);
        await Expect(turns.Nth(1)).ToContainTextAsync("Summit Solar");
        var reply = turns.Nth(2);
        await Expect(reply.Locator(".turn-latency")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^screener latency \d+ ms$"));
        await Expect(reply.Locator(".turn-brain")).ToHaveTextAsync("brain: offline");
        await Expect(reply.Locator(".turn-action")).ToHaveTextAsync("decision: end");
        await Expect(page.Locator(".facts")).ToContainTextAsync("Completed");
    }
}
