using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Concierge.Dashboard.Tests.Browser;

/// <summary>The Webhooks page in Chromium: a refused address is named next to its field, an accepted one shows its secret once.</summary>
[Collection(DashboardCollection.Name)]
public sealed class WebhooksBrowserTests(DashboardServer server)
{
    [Fact]
    public async Task TheOwnerSetsAnAddressAndSeesItsSecretOnlyOnce()
    {
        await using var session = await server.SignedInAsync();
        var page = session.Page;
        await page.GetByRole(AriaRole.Link, new() { Name = "Webhooks" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Webhooks", Level = 1 })).ToBeVisibleAsync();

        await page.GetByLabel("Webhook URL").FillAsync("https://10.0.0.7/hooks");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save address" }).ClickAsync();
        await Expect(page.Locator("#url-error")).ToContainTextAsync("private network address");
        await Expect(page.GetByLabel("Webhook URL")).ToHaveAttributeAsync("aria-invalid", "true");

        await page.GetByLabel("Webhook URL").FillAsync("https://crm.example.com/concierge");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save address" }).ClickAsync();
        await Expect(page.Locator("#secret")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"\S{16,}"));
        var secret = await page.Locator("#secret").TextContentAsync();
        await page.GotoAsync("/webhooks");

        await Expect(page.GetByLabel("Webhook URL")).ToHaveValueAsync("https://crm.example.com/concierge");
        await Expect(page.Locator("#secret")).ToHaveCountAsync(0);
        Assert.DoesNotContain(secret!, await page.ContentAsync(), StringComparison.Ordinal);
        await page.GetByRole(AriaRole.Button, new() { Name = "Remove the address" }).ClickAsync(); // the shared app's other tests expect none
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Webhook address removed");
    }
}
