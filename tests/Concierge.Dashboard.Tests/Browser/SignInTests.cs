using System.Text.RegularExpressions;
using Concierge.WebFront.Dashboard;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Concierge.Dashboard.Tests.Browser;

[Collection(DashboardCollection.Name)]
public sealed class SignInTests(DashboardServer server)
{
    [Fact]
    public async Task SignInWithTheCompanyKeyOpensTheOverview()
    {
        await using var session = await server.OpenAsync();
        var page = session.Page;

        await page.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(new Regex("/signin\\?ReturnUrl=%2F$"));
        await page.GetByLabel("API key").FillAsync(DashboardServer.OwnerApiKey);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Expect(page).ToHaveURLAsync($"{server.Origin}/");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Inbox", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = "Calls per day by decision" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = "Screener latency: replies per latency range" })).ToBeVisibleAsync();
        var cookie = Assert.Single(await session.CookiesAsync(), c => c.Name == DashboardAuthentication.CookieName);
        Assert.True(cookie.HttpOnly);
        Assert.Equal(SameSiteAttribute.Lax, cookie.SameSite);
    }

    [Fact]
    public async Task BadKeyIsRefusedWithAMessage()
    {
        await using var session = await server.OpenAsync();
        var page = session.Page;
        await page.GotoAsync("/signin");

        await page.GetByLabel("API key").FillAsync("ck_not_a_key_anyone_issued");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("That API key was not accepted");
        await Expect(page.GetByLabel("API key")).ToHaveAttributeAsync("aria-invalid", "true");
        Assert.DoesNotContain(await session.CookiesAsync(), c => c.Name == DashboardAuthentication.CookieName);
        await page.GotoAsync("/calls");
        await Expect(page).ToHaveURLAsync(new Regex("/signin\\?ReturnUrl=%2Fcalls$"));
    }

    [Fact]
    public async Task SignOutEndsTheSession()
    {
        await using var session = await server.SignedInAsync();
        var page = session.Page;
        await page.GotoAsync("/calls");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("You are signed out");
        Assert.DoesNotContain(await session.CookiesAsync(), c => c.Name == DashboardAuthentication.CookieName);
        await page.GotoAsync("/calls");
        await Expect(page).ToHaveURLAsync(new Regex("/signin\\?ReturnUrl=%2Fcalls$"));
    }
}
