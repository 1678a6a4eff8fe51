using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Concierge.Dashboard.Tests.Browser;

/// <summary>The dashboard at a phone's width: the navigation on one line, the call filters folded away until asked for.</summary>
[Collection(DashboardCollection.Name)]
public sealed class PhoneLayoutTests(DashboardServer server)
{
    [Fact]
    public async Task TheNavigationIsOneLineOnAPhone()
    {
        await using var session = await server.SignedInAsync(PageTourTests.Phone);

        var tops = await session.Page.EvaluateAsync<double[]>(
            "() => [...document.querySelectorAll('.nav-links > li')].map(li => li.getBoundingClientRect().top)");

        Assert.True(tops.Length >= 6, $"{tops.Length} links");
        Assert.All(tops, top => Assert.Equal(tops[0], top, 0.5));
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
