using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Concierge.Dashboard.Tests.Browser;

[Collection(DashboardCollection.Name)]
public sealed class LiveCallTests(DashboardServer server)
{
    [Fact]
    public async Task LiveCallAppearsOnTheLineThenMovesToEndedWithoutReloadAndItsTranscriptOpens()
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
        await Expect(page.Locator("#live-now").Locator($"#call-{call.CallSid}")).ToBeVisibleAsync();
        await Expect(row.Locator("[data-label='Caller said']")).ToHaveTextAsync("nothing yet");
        await call.SayAsync("Hello, I'm calling from Summit Solar about a special offer on solar panels for homeowners in your area.");

        var ended = page.Locator("#live-ended").Locator($"#call-{call.CallSid}");
        await Expect(ended).ToBeVisibleAsync();
        await Expect(page.Locator("#live-now").Locator($"#call-{call.CallSid}")).ToHaveCountAsync(0);
        await Expect(ended.Locator("[data-label='Turns']")).ToHaveTextAsync("3");
        await Expect(ended.Locator("[data-label='Decision']")).ToContainTextAsync("Completed");
        Assert.True(await page.EvaluateAsync<bool>("() => window.sameDocument === true"));
        await session.ScreenshotAsync("live-call-updated-desktop");

        await ended.GetByRole(AriaRole.Link).ClickAsync();

        await Expect(page).ToHaveURLAsync($"{server.Origin}/calls/{call.CallSid}");
        var turns = page.Locator(".transcript > li");
        await Expect(turns).ToHaveCountAsync(3);
        await Expect(turns.Nth(1)).ToContainTextAsync("Summit Solar");
        var reply = turns.Nth(2);
        await Expect(reply.Locator(".turn-latency")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^screener latency \d+ ms$"));
        await Expect(reply.Locator(".turn-brain")).ToHaveTextAsync("decided by rules");
        await Expect(reply.Locator(".turn-action")).ToHaveTextAsync("chose to end the call");
        await Expect(page.Locator("#call-summary")).ToContainTextAsync("Outcome: ended politely");
        await Expect(page.Locator(".facts")).ToContainTextAsync("Completed");
    }
}
