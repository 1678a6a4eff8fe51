using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Concierge.Dashboard.Tests.Browser;

/// <summary>The company's time zone, chosen on the Settings page, is the one every page's times are read in.</summary>
[Collection(DashboardCollection.Name)]
public sealed class TimeZoneBrowserTests(DashboardServer server)
{
    [Fact]
    public async Task TimesFollowTheTimeZoneChosenInSettings()
    {
        var call = server.NewCall();
        await call.RingAsync();
        await using var session = await server.SignedInAsync();
        var page = session.Page;
        try
        {
            await ChooseAsync(page, "Asia/Kolkata");
            await page.GotoAsync($"/calls/{call.CallSid}");

            await Expect(page.Locator(".facts")).ToContainTextAsync("UTC+5:30");
            await Expect(page.Locator(".time-zone")).ToContainTextAsync("Times in Asia/Kolkata");
            await page.GotoAsync("/calls");
            await Expect(page.Locator($"tr[data-call-sid='{call.CallSid}'] [data-label='Time']")).ToContainTextAsync("UTC+5:30");
            await Expect(page.GetByText("Day (Asia/Kolkata)")).ToBeVisibleAsync();
            await session.ScreenshotAsync("calls-in-kolkata-1280");
        }
        finally
        {
            await ChooseAsync(page, "UTC"); // the shared app's other tests read their times in UTC
        }
    }

    private static async Task ChooseAsync(IPage page, string zone)
    {
        await page.GotoAsync("/settings");
        await page.GetByLabel("Time zone").SelectOptionAsync(zone);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save settings" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Settings saved.");
    }
}
