using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Concierge.Dashboard.Tests.Browser;

/// <summary>Every page of the dashboard, with calls of several kinds on record: layout on a phone, requests, screenshots.</summary>
[Collection(DashboardCollection.Name)]
public sealed class PageTourTests(DashboardServer server)
{
    /// <summary>A phone-sized screen (an iPhone 14's CSS pixels), for every test of the phone layout.</summary>
    internal static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    [Fact]
    public async Task NarrowViewportHasNoHorizontalScrollOnAnyPage()
    {
        var pages = await SeedAsync();
        await using var signedOut = await server.OpenAsync(Phone);
        await using var session = await server.SignedInAsync(Phone);
        var overflowing = new List<string>();

        foreach (var (name, path) in pages.Prepend(("signin", "/signin")))
        {
            var page = name == "signin" ? signedOut : session;
            await VisitAsync(page, path);
            if (await page.Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth"))
            {
                overflowing.Add($"{path} is {await page.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth")}px wide");
            }

            await page.ScreenshotAsync($"{name}-390");
        }

        Assert.Empty(overflowing);
    }

    [Fact]
    public async Task NoRequestLeavesTheAppsOwnOrigin()
    {
        var pages = await SeedAsync();
        await using var signedOut = await server.OpenAsync();
        await using var session = await server.SignedInAsync();
        await VisitAsync(signedOut, "/signin");
        await signedOut.ScreenshotAsync("signin-1280");

        foreach (var (name, path) in pages)
        {
            await VisitAsync(session, path);
            await session.ScreenshotAsync($"{name}-1280");
        }

        Assert.Contains(session.Requests, url => url.Contains("/assets/dashboard.css", StringComparison.Ordinal));
        Assert.Contains(session.Requests, url => url.Contains("/assets/dashboard.js", StringComparison.Ordinal));
        Assert.Contains(session.Requests, url => url.Contains("/live/events", StringComparison.Ordinal));
        Assert.All(session.Requests, url => Assert.StartsWith($"{server.Origin}/", url, StringComparison.Ordinal));
    }

    private static async Task VisitAsync(BrowserSession session, string path)
    {
        var response = await session.Page.GotoAsync(path);
        Assert.True(response is { Ok: true }, $"{path} answered {response?.Status}");
        if (path == "/live")
        {
            await Expect(session.Page.Locator("[data-live-status]")).ToContainTextAsync("Live");
            await Expect(session.Page.Locator("#live-now tbody tr").First).ToBeVisibleAsync();
            await Expect(session.Page.Locator("#live-ended tbody tr").First).ToBeVisibleAsync();
        }
    }

    /// <summary>Calls of several outcomes and an exception, then every page worth seeing, by screenshot name.</summary>
    private async Task<IReadOnlyList<(string Name, string Path)>> SeedAsync()
    {
        var sales = server.NewCall();
        await sales.RingAsync();
        await sales.SayAsync("Hello, I'm calling from Summit Solar about a special offer on solar panels for homeowners in your area.");
        var urgent = server.NewCall();
        await urgent.RingAsync();
        await urgent.SayAsync("Hi, this is Sam, Alex's brother. There's been a car accident and I'm at the hospital, it's urgent.");
        await urgent.DialEndsAsync("completed", bridged: true, duration: 95);
        await urgent.HangUpAsync(120);
        var scam = server.NewCall();
        await scam.RingAsync();
        await scam.SayAsync("This is the IRS. There is a warrant for your arrest unless you pay your back taxes today with gift cards.");
        var message = await InboxBrowserTests.LeaveMessageAsync(server, "Please call Jordan back at the garage before six, about the brakes.");
        var ringing = server.NewCall();
        await ringing.RingAsync();
        await ringing.SayAsync("Hi, it's Robin, Alex's neighbour, your dog got out and is in my garden, it's urgent."); // being put through: on the line
        var friend = await server.AddExceptionAsync("Robin");
        return
        [
            ("inbox", "/"),
            ("live", "/live"),
            ("calls", "/calls"),
            ("calls-search", "/calls?q=brakes"),
            ("call-detail", $"/calls/{urgent.CallSid}"),
            ("message-detail", $"/calls/{message.CallSid}"),
            ("exceptions", "/exceptions"),
            ("exception-edit", $"/exceptions/{Uri.EscapeDataString(friend)}/edit"),
            ("callers", "/callers"),
            ("caller-detail", $"/callers/{Uri.EscapeDataString(sales.From)}"),
            ("settings", "/settings"),
            ("calendar-week", "/calendar?view=week"),
            ("calendar-settings", "/calendar/settings"),
            ("webhooks", "/webhooks"),
        ];
    }
}
