using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Concierge.Dashboard.Tests.Browser;

/// <summary>The Calendar page in Chromium: from a day to its week, and cancelling an appointment there.</summary>
[Collection(DashboardCollection.Name)]
public sealed class CalendarBrowserTests(DashboardServer server)
{
    [Fact]
    public async Task TheOwnerGoesFromADayToItsWeekAndCancelsAnAppointmentThere()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var tuesday = today.AddDays(((int)DayOfWeek.Tuesday - (int)today.DayOfWeek + 7) % 7 + 7);
        var date = tuesday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var reference = await BookAsync(date, "14:30", "Morgan Price");
        await using var session = await server.SignedInAsync();
        var page = session.Page;

        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Calendar", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Calendar", Level = 1 })).ToBeVisibleAsync();
        await page.GotoAsync($"/calendar?view=day&date={date}");
        await Expect(page.Locator("table.calendar-day")).ToHaveCountAsync(1);
        await Expect(page.Locator($"tr[data-reference='{reference}']")).ToContainTextAsync("Morgan Price");

        await page.GetByRole(AriaRole.Link, new() { Name = "Week", Exact = true }).ClickAsync();
        await Expect(page.Locator("table.calendar-day")).ToHaveCountAsync(7);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Week", Exact = true })).ToHaveAttributeAsync("aria-current", "page");
        await Expect(page.Locator($"tr[data-reference='{reference}']")).ToContainTextAsync("14:30");
        await session.ScreenshotAsync("calendar-week-1280");

        await page.GetByRole(AriaRole.Button, new() { Name = $"Cancel appointment {reference}" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Cancelled appointment {reference}");
        await Expect(page.Locator($"tr[data-reference='{reference}']")).ToHaveAttributeAsync("data-status", "cancelled");
        await Expect(page.Locator("table.calendar-day")).ToHaveCountAsync(7); // back on the week it was cancelled from
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = $"Cancel appointment {reference}" })).ToHaveCountAsync(0);
    }

    /// <summary>Books through the REST API, as the owner's other tools would; returns the reference.</summary>
    private async Task<string> BookAsync(string date, string start, string callerName)
    {
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/appointments") { Content = JsonContent.Create(new { date, start, callerName }) };
        request.Headers.Add("X-Api-Key", DashboardServer.OwnerApiKey);
        using var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("reference").GetString()!;
    }
}
