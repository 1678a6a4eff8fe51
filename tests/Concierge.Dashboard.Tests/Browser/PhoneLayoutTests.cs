using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Concierge.Dashboard.Tests.Browser;

/// <summary>The dashboard at a phone's width: every page's link in sight, the call filters folded away until asked for.</summary>
[Collection(DashboardCollection.Name)]
public sealed class PhoneLayoutTests(DashboardServer server)
{
    [Fact]
    public async Task EveryPagesLinkIsInSightOnAPhoneInAFewLines()
    {
        await using var session = await server.SignedInAsync(PageTourTests.Phone);

        var links = await session.Page.EvaluateAsync<double[][]>(
            "() => [...document.querySelectorAll('.nav-links > li > a')].map(a => { const r = a.getBoundingClientRect(); return [r.left, r.right, r.top, r.bottom]; })");
        var lines = links.Select(l => Math.Round(l[2])).Distinct().Count();

        Assert.True(links.Length >= 11, $"{links.Length} links");
        Assert.All(links, l => Assert.True(l[0] >= 0 && l[1] <= PageTourTests.Phone.Width, $"a link spans {l[0]:F0}–{l[1]:F0} px"));
        Assert.All(links, l => Assert.True(l[3] - l[2] >= 24, $"a link is {l[3] - l[2]:F0} px tall: too small to tap")); // with its padding
        Assert.InRange(lines, 1, 3);
        Assert.False(await session.Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth"));
    }

    [Fact]
    public async Task TheCallFiltersFoldAwayOnAPhoneAndOpenWhenAskedFor()
    {
        await using var session = await server.SignedInAsync(PageTourTests.Phone);
        var page = session.Page;
        await page.GotoAsync("/calls");

        await Expect(page.GetByLabel("Caller's number")).ToBeHiddenAsync();
        await page.GetByText("Filters", new() { Exact = true }).ClickAsync();

        await Expect(page.GetByLabel("Caller's number")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task FiltersInUseStayOpenOnAPhoneAndAreAlwaysOpenOnADesktop()
    {
        await using var phone = await server.SignedInAsync(PageTourTests.Phone);
        await using var desktop = await server.SignedInAsync();

        await phone.Page.GotoAsync("/calls?decision=blocked");
        await desktop.Page.GotoAsync("/calls");

        await Expect(phone.Page.GetByLabel("Decision")).ToBeVisibleAsync();
        await Expect(desktop.Page.GetByLabel("Caller's number")).ToBeVisibleAsync();
        await Expect(desktop.Page.GetByText("Filters", new() { Exact = true })).ToBeHiddenAsync();
    }
}
