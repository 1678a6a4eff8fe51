using System.Globalization;
using Concierge.Grains.Interfaces.Calls;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using Concierge.TestSupport;

namespace Concierge.Dashboard.Tests.Browser;

[Collection(DashboardCollection.Name)]
public sealed class CallListTests(DashboardServer server)
{
    [Fact]
    public async Task CallsCanBeFilteredAndPaged()
    {
        var caller = TestPhones.Next();
        var silent = server.NewCall(caller);
        await silent.RingAsync();
        await silent.StaySilentAsync();
        await silent.StaySilentAsync();
        var rung = new List<string> { silent.CallSid };
        for (var i = 0; i < 26; i++)
        {
            var call = server.NewCall(caller);
            await call.RingAsync();
            rung.Add(call.CallSid);
        }

        await using var session = await server.SignedInAsync();
        var page = session.Page;
        await page.GotoAsync("/calls");
        var rows = page.Locator("#calls tbody tr");
        await page.GetByLabel("Caller's number").FillAsync(caller);
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await Expect(rows).ToHaveCountAsync(25);
        var firstPage = await rows.EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.callSid)");
        await page.GetByRole(AriaRole.Link, new() { Name = "Older calls" }).ClickAsync();
        await Expect(rows).ToHaveCountAsync(2);
        var secondPage = await rows.EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.callSid)");
        Assert.Equal(rung.Order(), firstPage.Concat(secondPage).Order()); // each call exactly once over the two pages
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Older calls" })).ToHaveCountAsync(0);

        await page.GetByLabel("Decision").SelectOptionAsync(CallDecisions.EndedNoSpeech);
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.First).ToHaveAttributeAsync("data-call-sid", silent.CallSid);
        await Expect(rows.First.Locator("[data-label='Decision']")).ToHaveTextAsync("Ended, no speech");

        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var yesterday = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await page.GetByLabel("Day (UTC)").FillAsync(today);
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await Expect(rows).ToHaveCountAsync(1);
        await page.GetByLabel("Day (UTC)").FillAsync(yesterday);
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await Expect(rows).ToHaveCountAsync(0);
        await Expect(page.Locator(".empty")).ToHaveTextAsync("No calls match these filters.");
    }
}
