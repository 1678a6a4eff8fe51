using Concierge.WebFront.Dashboard;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Concierge.Dashboard.Tests.Browser;

[Collection(DashboardCollection.Name)]
public sealed class CallerTests(DashboardServer server)
{
    [Fact]
    public async Task CallersCanBeBlockedAndUnblocked()
    {
        await using var session = await server.SignedInAsync();
        var page = session.Page;
        var call = server.NewCall();
        await call.RingAsync();
        await call.SayAsync("Hi, it's Jordan from the bike shop, your repair is ready for pickup.");
        await page.GotoAsync("/callers");
        await page.Locator($"#callers tr[data-phone='{call.From}']").GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page.Locator("#caller-status")).ToHaveTextAsync("Not blocked");
        await Expect(page.Locator("#caller-calls tbody tr")).ToHaveCountAsync(1);

        await page.GetByLabel("Reason (optional)").FillAsync("Keeps calling at night");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Block {PhoneDisplay.Us.Of(call.From)}" }).ClickAsync();
        await Expect(page.Locator("#caller-status")).ToHaveTextAsync("Blocked: Keeps calling at night");
        var whileBlocked = await server.NewCall(call.From).RingAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = $"Unblock {PhoneDisplay.Us.Of(call.From)}" }).ClickAsync();
        await Expect(page.Locator("#caller-status")).ToHaveTextAsync("Not blocked");
        var afterUnblock = await server.NewCall(call.From).RingAsync();

        Assert.True(whileBlocked.Rejects);
        Assert.True(afterUnblock.Listens);
    }
}
