using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Concierge.Dashboard.Tests.Browser;

[Collection(DashboardCollection.Name)]
public sealed class SettingsPageTests(DashboardServer server)
{
    [Fact]
    public async Task AGreetingChangedOnTheSettingsPageIsStillThereAfterAReload()
    {
        await using var session = await server.SignedInAsync();
        var page = session.Page;
        var greeting = $"Hello, you've reached Alex. Who's calling? ({Guid.NewGuid():N})"[..60];
        await page.GetByRole(AriaRole.Link, new() { Name = "Settings" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Settings", Level = 1 })).ToBeVisibleAsync();

        await page.GetByLabel("Greeting (optional)").FillAsync(greeting);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save settings" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Settings saved.");
        await page.ReloadAsync();

        await Expect(page.GetByLabel("Greeting (optional)")).ToHaveValueAsync(greeting);
        await Expect(page.GetByLabel("Your phone")).ToHaveValueAsync(DashboardServer.OwnerPhone);
        await Expect(page.GetByLabel("Time zone")).ToHaveValueAsync("UTC");
        await session.ScreenshotAsync("settings-saved-desktop");
        await page.GetByLabel("Greeting (optional)").FillAsync(""); // the shared app's other tests expect the standard greeting
        await page.GetByRole(AriaRole.Button, new() { Name = "Save settings" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Settings saved.");
    }

    [Fact]
    public async Task ABadLanguageIsShownNextToItsField()
    {
        await using var session = await server.SignedInAsync();
        var page = session.Page;
        await page.GotoAsync("/settings");

        await page.GetByLabel("Languages").FillAsync("de-DE");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save settings" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("were not saved");
        await Expect(page.Locator("#languages-error")).ToContainTextAsync("languages must be 1 to 5 tags");
        await Expect(page.GetByLabel("Languages")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.GetByLabel("Languages")).ToHaveValueAsync("de-DE"); // what was typed is kept
    }
}
