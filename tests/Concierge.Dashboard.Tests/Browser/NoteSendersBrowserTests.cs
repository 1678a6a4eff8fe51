using Concierge.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Concierge.Dashboard.Tests.Browser;

/// <summary>The Notes page's senders in Chromium: a bad number is named next to its field, a good one is listed and removable.</summary>
[Collection(DashboardCollection.Name)]
public sealed class NoteSendersBrowserTests(DashboardServer server)
{
    [Fact]
    public async Task TheOwnerAddsASenderAfterCorrectingTheNumberAndRemovesThem()
    {
        await using var session = await server.SignedInAsync();
        var page = session.Page;
        var phone = TestPhones.Next();
        await page.GetByRole(AriaRole.Link, new() { Name = "Notes" }).ClickAsync();

        await page.GetByLabel("Phone number").FillAsync("555");
        await page.GetByLabel("Name").FillAsync("Jo the plumber");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add sender" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("The sender was not added");
        await Expect(page.GetByLabel("Phone number")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.GetByLabel("Name")).ToHaveValueAsync("Jo the plumber"); // what was typed is kept

        await page.GetByLabel("Phone number").FillAsync(phone);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add sender" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Jo the plumber");
        await Expect(page.Locator($"#sender-list tr[data-phone='{phone}']")).ToContainTextAsync("Jo the plumber");
        await session.ScreenshotAsync("notes-senders-1280");

        await page.GetByRole(AriaRole.Button, new() { Name = "Remove sender Jo the plumber" }).ClickAsync();
        await Expect(page.Locator($"#sender-list tr[data-phone='{phone}']")).ToHaveCountAsync(0);
    }
}
