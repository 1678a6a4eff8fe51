using Concierge.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Concierge.Dashboard.Tests.Browser;

/// <summary>The public intake form and the Leads page in Chromium: what a visitor and the owner see and do.</summary>
[Collection(DashboardCollection.Name)]
public sealed class LeadsBrowserTests(DashboardServer server)
{
    [Fact]
    public async Task VisitorCorrectsABadNumberOnTheIntakeFormAndIsThanked()
    {
        await using var session = await server.OpenAsync(PageTourTests.Phone);
        var page = session.Page;
        await page.GotoAsync("/intake/default");

        await page.GetByLabel("Name").FillAsync("Sam Carter");
        await page.GetByLabel("Phone number").FillAsync("12");
        await page.GetByLabel("E-mail (optional)").FillAsync("sam@example.com");
        await page.Locator("#consent").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("was not sent");
        await Expect(page.Locator("#phone-error")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Name")).ToHaveValueAsync("Sam Carter"); // what was typed is kept
        await page.GetByLabel("Phone number").FillAsync(TestPhones.Next());
        await page.Locator("#consent").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Thank you", Level = 1 })).ToBeVisibleAsync();
        Assert.False(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth"), "the form scrolls sideways on a phone");
        Assert.All(session.Requests, url => Assert.StartsWith($"{server.Origin}/", url, StringComparison.Ordinal));
        await session.ScreenshotAsync("intake-thanks-390");
    }

    [Fact]
    public async Task OwnerAddsALeadOpensItAndAsksANewQuestion()
    {
        await using var session = await server.SignedInAsync();
        var page = session.Page;
        var name = $"Lee {Guid.NewGuid():N}"[..12];
        var question = $"Do you own your home? ({Guid.NewGuid():N})"[..40];
        await page.GetByRole(AriaRole.Link, new() { Name = "Leads" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Leads", Level = 1 })).ToBeVisibleAsync();

        await page.GetByLabel("Name").FillAsync(name);
        await page.GetByLabel("Phone number").FillAsync(TestPhones.Next());
        await page.Locator("#consent").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the lead" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"{name} was added");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = name, Level = 1 })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Back to the leads" }).ClickAsync();
        await Expect(page.Locator("#leads").GetByRole(AriaRole.Link, new() { Name = name })).ToBeVisibleAsync();
        await session.ScreenshotAsync("leads-1280");

        await page.GetByRole(AriaRole.Link, new() { Name = "Questions and calling hours" }).ClickAsync();
        await page.GetByLabel("Question 1").FillAsync(question);
        await page.Locator("#q0-kind").SelectOptionAsync("yes_no");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("saved");
        await page.ReloadAsync();

        await Expect(page.GetByLabel("Question 1")).ToHaveValueAsync(question);
        await Expect(page.Locator("#q0-kind")).ToHaveValueAsync("yes_no");
        await page.GetByLabel("Question 1").FillAsync(""); // the shared app's other tests expect no questions
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("saved");
    }
}
