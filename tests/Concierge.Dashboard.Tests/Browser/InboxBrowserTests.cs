using Concierge.Simulator.Calls;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Concierge.Dashboard.Tests.Browser;

/// <summary>The home page as the owner meets it: a message waiting, unread, until they open it.</summary>
[Collection(DashboardCollection.Name)]
public sealed class InboxBrowserTests(DashboardServer server)
{
    [Fact]
    public async Task AMessageWaitsUnreadOnTheHomePageUntilTheOwnerOpensIt()
    {
        var call = await LeaveMessageAsync(server, "Please call Jordan back at the garage before six.");
        await using var session = await server.SignedInAsync();
        var page = session.Page;
        var item = page.Locator($".inbox-item[data-call-sid='{call.CallSid}']");
        var unread = page.Locator("[data-unread-count]");

        await Expect(item).ToHaveAttributeAsync("data-state", "unread");
        await Expect(item).ToContainTextAsync("Please call Jordan back at the garage before six.");
        await Expect(unread).ToBeVisibleAsync();
        var before = await UnreadCountAsync(page);
        await session.ScreenshotAsync("inbox-unread-1280");

        await item.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page.Locator("#call-summary")).ToContainTextAsync("left a message");
        await Expect(page.Locator(".call-message-text")).ToHaveTextAsync("Please call Jordan back at the garage before six.");
        await page.GetByRole(AriaRole.Link, new() { Name = "Inbox" }).ClickAsync();

        await Expect(item).ToHaveAttributeAsync("data-state", "reviewed");
        Assert.Equal(before - 1, await UnreadCountAsync(page));
    }

    /// <summary>A caller the owner cannot take (no answer) who leaves <paramref name="message"/>.</summary>
    internal static async Task<SimulatedCall> LeaveMessageAsync(DashboardServer server, string message)
    {
        var call = server.NewCall();
        await call.RingAsync();
        await call.SayAsync("Hi, this is Jordan from the garage, your car is ready and we need to talk about the brakes, it's quite urgent.");
        await call.DialEndsAsync("no-answer", bridged: false);
        await call.SayAsync(message);
        return call;
    }

    private static async Task<int> UnreadCountAsync(IPage page) =>
        await page.Locator("[data-unread-count]").CountAsync() == 0
            ? 0
            : int.Parse(
                System.Text.RegularExpressions.Regex.Match(await page.Locator("[data-unread-count]").InnerTextAsync(), @"\d+").Value,
                System.Globalization.CultureInfo.InvariantCulture);
}
