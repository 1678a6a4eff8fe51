using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Concierge.Dashboard.Tests.Browser;

/// <summary>A mistyped address, as a person meets it: a readable page at desktop and phone width, and a way home.</summary>
[Collection(DashboardCollection.Name)]
public sealed class NotFoundPageBrowserTests(DashboardServer server)
{
    [Theory]
    [InlineData("desktop", 1280)]
    [InlineData("narrow", 390)]
    public async Task AnUnknownAddressShowsPageNotFoundWithALinkHome(string screenshot, int width)
    {
        await using var session = await server.SignedInAsync(new ViewportSize { Width = width, Height = 800 });

        var response = await session.Page.GotoAsync("/calls/CA123/no-such-page");

        Assert.Equal(404, response?.Status);
        await Expect(session.Page.Locator("h1")).ToHaveTextAsync("Page not found");
        await Expect(session.Page.Locator("nav")).ToContainTextAsync("Calls");
        await session.ScreenshotAsync($"not-found-{screenshot}");
        await session.Page.GetByRole(AriaRole.Link, new() { Name = "Go to your inbox" }).ClickAsync();
        await Expect(session.Page).ToHaveURLAsync($"{server.Origin}/");
    }
}
