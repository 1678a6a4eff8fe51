using Concierge.Grains.Interfaces.Companies;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using Concierge.TestSupport;

namespace Concierge.Dashboard.Tests.Browser;

[Collection(DashboardCollection.Name)]
public sealed class ExceptionListTests(DashboardServer server)
{
    [Fact]
    public async Task ExceptionAddedInTheUiMakesTheNextCallTransferDirectly()
    {
        await using var session = await server.SignedInAsync();
        var page = session.Page;
        var number = TestPhones.Next();
        var screened = await server.NewCall(number).RingAsync();
        await page.GotoAsync("/exceptions");
        var form = page.Locator("#add-exception");

        await form.GetByLabel("Phone number").FillAsync("12");
        await form.GetByLabel("Name").FillAsync("Mum");
        await form.GetByLabel("Category").SelectOptionAsync(ExceptionCategories.Family);
        await form.GetByRole(AriaRole.Button, new() { Name = "Add to the list" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("was not added");
        await Expect(form.Locator("#phone-error")).ToBeVisibleAsync();
        await Expect(form.GetByLabel("Phone number")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(form.GetByLabel("Name")).ToHaveValueAsync("Mum"); // what was typed is kept
        await session.ScreenshotAsync("exceptions-validation-desktop");
        await form.GetByLabel("Phone number").FillAsync(number);
        await form.GetByRole(AriaRole.Button, new() { Name = "Add to the list" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Mum ({number}) now goes straight through");
        await Expect(page.Locator($"#exceptions tr[data-phone='{number}']")).ToContainTextAsync("family");

        var direct = await server.NewCall(number).RingAsync();

        Assert.True(screened.Listens); // before: screened like any caller
        Assert.Null(direct.Gather);
        Assert.Equal(DashboardServer.OwnerPhone, direct.DialedNumber?.Value);
    }

    [Fact]
    public async Task ExceptionsCanBeEditedAndRemoved()
    {
        await using var session = await server.SignedInAsync();
        var page = session.Page;
        var number = TestPhones.Next();
        await page.GotoAsync("/exceptions");
        var form = page.Locator("#add-exception");
        await form.GetByLabel("Phone number").FillAsync(number);
        await form.GetByLabel("Name").FillAsync("Sam");
        await form.GetByRole(AriaRole.Button, new() { Name = "Add to the list" }).ClickAsync();
        var row = page.Locator($"#exceptions tr[data-phone='{number}']");

        await row.GetByRole(AriaRole.Link, new() { Name = "Edit Sam" }).ClickAsync();
        await page.GetByLabel("Name").FillAsync("   "); // passes the browser's own check, not the API's rule
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(page.Locator("#name-error")).ToHaveTextAsync("name is required.");
        await page.GetByLabel("Name").FillAsync("Sam (brother)");
        await page.GetByLabel("Category").SelectOptionAsync(ExceptionCategories.Family);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(row).ToContainTextAsync("Sam (brother)");
        await Expect(row).ToContainTextAsync("family");
        await row.GetByRole(AriaRole.Button, new() { Name = "Remove Sam (brother)" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"{number} was removed");
        await Expect(row).ToHaveCountAsync(0);
        Assert.True((await server.NewCall(number).RingAsync()).Listens);
    }
}
