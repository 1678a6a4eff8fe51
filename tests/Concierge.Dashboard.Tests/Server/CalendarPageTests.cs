using System.Globalization;
using System.Net;
using Concierge.Grains.Interfaces.Companies;
using Concierge.Grains.Interfaces.Scheduling;
using Concierge.TestSupport;

namespace Concierge.Dashboard.Tests.Server;

/// <summary>The Calendar pages: the day and week views, cancelling and moving through the calendar grain, its settings and its feed.</summary>
public sealed class CalendarPageTests(ConciergeAppFactory app) : IClassFixture<ConciergeAppFactory>
{
    [Fact]
    public async Task DayAndWeekViewsListAnAppointmentWithItsCallerAndReference()
    {
        var day = Monday(weeksAhead: 1);
        var booked = await BookAsync(day, "09:00", "Dana Whitfield");
        var browser = await SignedInAsync();

        var dayView = await PageAsync(browser, $"/calendar?view=day&date={Iso(day)}");
        var weekView = await PageAsync(browser, $"/calendar?view=week&date={Iso(day.AddDays(3))}");
        var dayBefore = await PageAsync(browser, $"/calendar?view=day&date={Iso(day.AddDays(-1))}");

        Assert.Contains("Dana Whitfield", dayView, StringComparison.Ordinal);
        Assert.Contains($"href=\"/appointments/{booked.Reference}\"", dayView, StringComparison.Ordinal);
        Assert.Contains("09:00–09:30", dayView, StringComparison.Ordinal);
        Assert.Contains(booked.Reference, weekView, StringComparison.Ordinal);
        Assert.Contains($"id=\"day-{Iso(day.AddDays(6))}\"", weekView, StringComparison.Ordinal); // Monday to Sunday
        Assert.DoesNotContain(booked.Reference, dayBefore, StringComparison.Ordinal);
        Assert.Contains("href=\"/calendar\" aria-current=\"page\"", dayView, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherCompanySeesNothingOfTheAppointmentsAndCannotCancelThem()
    {
        var day = Monday(weeksAhead: 2);
        var booked = await BookAsync(day, "10:00", "Private Patient");
        var (_, other) = await app.OtherCompanyAsync();

        var week = await PageAsync(other, $"/calendar?view=week&date={Iso(day)}");
        using var detail = await other.GetAsync(new Uri($"/appointments/{booked.Reference}", UriKind.Relative));
        using var cancel = await other.PostFormAsync("/calendar", "/calendar?handler=Cancel", new Dictionary<string, string> { ["reference"] = booked.Reference });

        Assert.DoesNotContain(booked.Reference, week, StringComparison.Ordinal);
        Assert.DoesNotContain("Private Patient", week, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, detail.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, cancel.StatusCode);
        Assert.True((await Calendar.GetAsync(booked.Reference))!.IsBooked);
    }

    [Fact]
    public async Task ACallerNameWithMarkupIsShownAsText()
    {
        var day = Monday(weeksAhead: 1);
        var booked = await BookAsync(day, "11:00", "<script>alert('x')</script>");
        var browser = await SignedInAsync();

        var html = await RawAsync(browser, $"/calendar?view=day&date={Iso(day)}");
        var detail = await RawAsync(browser, $"/appointments/{booked.Reference}");

        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", detail, StringComparison.Ordinal);
        Assert.Contains("<script>alert('x')</script>", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/calendar?view=month", "view must be one of: day, week.")]
    [InlineData("/calendar?date=2026-13-45", "date must be a date as yyyy-MM-dd")]
    [InlineData("/calendar?view=week&date=9999-12-31", "date must be a day from 2000-01-01 to 2099-12-31.")]
    [InlineData("/calendar?date=0001-01-01", "date must be a day from 2000-01-01 to 2099-12-31.")]
    public async Task ABadViewOrDateIsABadRequestNamingTheField(string path, string message)
    {
        var browser = await SignedInAsync();

        using var response = await browser.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CancellingFromTheCalendarCancelsTheAppointment()
    {
        var day = Monday(weeksAhead: 1);
        var booked = await BookAsync(day, "13:00", "Cancel Me");
        var browser = await SignedInAsync();

        using var response = await browser.PostFormAsync("/calendar", "/calendar?handler=Cancel",
            new Dictionary<string, string> { ["reference"] = booked.Reference, ["view"] = "week", ["date"] = Iso(day) });
        var after = await PageAsync(browser, $"/calendar?view=week&date={Iso(day)}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/calendar?view=week&date={Iso(day)}", response.Headers.Location?.OriginalString);
        Assert.Equal(AppointmentStatuses.Cancelled, (await Calendar.GetAsync(booked.Reference))!.Status);
        Assert.Contains($"Cancelled appointment {booked.Reference}", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MovingToAFreeSlotKeepsTheReferenceOnTheSameDay()
    {
        var day = Monday(weeksAhead: 3);
        var booked = await BookAsync(day, "09:00", "Mover");
        var browser = await SignedInAsync();
        var page = $"/appointments/{booked.Reference}";

        var offered = await PageAsync(browser, page);
        using var response = await browser.PostFormAsync(page, $"{page}?handler=Move", new Dictionary<string, string> { ["date"] = Iso(day), ["start"] = "15:30" });

        Assert.Contains("Free slots the calendar offers", offered, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(new TimeOnly(15, 30), (await Calendar.GetAsync(booked.Reference))!.Start);
    }

    [Fact]
    public async Task MovingOntoATakenSlotSaysSoOffersTheNearestFreeOnesAndChangesNothing()
    {
        var day = Monday(weeksAhead: 4);
        var moving = await BookAsync(day, "09:00", "First");
        await BookAsync(day, "10:00", "Second");
        var browser = await SignedInAsync();
        var page = $"/appointments/{moving.Reference}";

        using var response = await browser.PostFormAsync(page, $"{page}?handler=Move", new Dictionary<string, string> { ["date"] = Iso(day), ["start"] = "10:00" });
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("That slot was taken meanwhile", html, StringComparison.Ordinal);
        Assert.Contains("id=\"free-slots\"", html, StringComparison.Ordinal);
        Assert.Equal(new TimeOnly(9, 0), (await Calendar.GetAsync(moving.Reference))!.Start);
    }

    [Fact]
    public async Task AMoveToATimeOffTheCalendarIsAFieldErrorAndChangesNothing()
    {
        var day = Monday(weeksAhead: 5);
        var booked = await BookAsync(day, "09:00", "Stay Put");
        var browser = await SignedInAsync();
        var page = $"/appointments/{booked.Reference}";

        using var badTime = await browser.PostFormAsync(page, $"{page}?handler=Move", new Dictionary<string, string> { ["date"] = Iso(day), ["start"] = "9h" });
        using var closed = await browser.PostFormAsync(page, $"{page}?handler=Move", new Dictionary<string, string> { ["date"] = Iso(day.AddDays(6)), ["start"] = "09:00" });

        Assert.Equal(HttpStatusCode.BadRequest, badTime.StatusCode);
        Assert.Contains("id=\"start-error\"", await badTime.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, closed.StatusCode);
        Assert.Contains("class=\"field-error\"", await closed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(new TimeOnly(9, 0), (await Calendar.GetAsync(booked.Reference))!.Start);
        Assert.Equal(day, (await Calendar.GetAsync(booked.Reference))!.Date);
    }

    [Fact]
    public async Task CalendarSettingsAreSavedAndBadHoursAreNamedNextToTheirDayWithoutSaving()
    {
        var (companyId, browser) = await app.OtherCompanyAsync();
        var calendar = app.Grains.GetGrain<ICalendarGrain>(companyId);
        var fields = new Dictionary<string, string>
        {
            ["hours[monday]"] = "08:00-12:00, 13:00-18:00", ["hours[saturday]"] = "10:00-14:00", ["types"] = "Haircut, 30, 10\nColour, 90",
            ["closedDays"] = "2030-12-25", ["horizonDays"] = "90", ["reminderMinutes"] = "60", ["bookingEnabled"] = "true",
        };

        using var saved = await browser.PostFormAsync("/calendar/settings", "/calendar/settings", fields);
        var settings = await calendar.GetSettingsAsync();
        using var bad = await browser.PostFormAsync("/calendar/settings", "/calendar/settings", new Dictionary<string, string>(fields) { ["hours[tuesday]"] = "17:00-09:00", ["types"] = "" });
        var html = WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(3, settings.Hours.Count);
        Assert.Equal(new[] { "Haircut", "Colour" }, settings.Types.Select(t => t.Name));
        Assert.Equal(10, settings.Types[0].BufferMinutes);
        Assert.Equal(90, settings.HorizonDays);
        Assert.True(settings.BookingEnabled);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("id=\"hours-tuesday-error\" class=\"field-error\">closes must be after opens.", html, StringComparison.Ordinal);
        Assert.Contains("id=\"types-error\"", html, StringComparison.Ordinal);
        var unchanged = await calendar.GetSettingsAsync();
        Assert.Equal(settings.Hours, unchanged.Hours);
        Assert.Equal(settings.Types, unchanged.Types);
    }

    [Fact]
    public async Task ANewFeedAddressIsShownOnceServesTheAppointmentsAndRetiresTheOldOne()
    {
        var browser = await SignedInAsync();

        var first = FeedUrl(await (await browser.PostFormAsync("/calendar", "/calendar?handler=Feed", new Dictionary<string, string>())).Content.ReadAsStringAsync());
        var second = FeedUrl(await (await browser.PostFormAsync("/calendar", "/calendar?handler=Feed", new Dictionary<string, string>())).Content.ReadAsStringAsync());
        var plain = await PageAsync(browser, "/calendar");
        using var client = app.CreateClient();
        using var old = await client.GetAsync(new Uri(first.PathAndQuery, UriKind.Relative));
        using var current = await client.GetAsync(new Uri(second.PathAndQuery, UriKind.Relative));

        Assert.NotEqual(first, second);
        Assert.DoesNotContain(second.PathAndQuery, plain, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, old.StatusCode);
        Assert.Equal(HttpStatusCode.OK, current.StatusCode);
        Assert.Contains("BEGIN:VCALENDAR", await current.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private ICalendarGrain Calendar => app.Grains.GetGrain<ICalendarGrain>(CompanyIds.Default);

    /// <summary>A Monday <paramref name="weeksAhead"/> weeks after this one (UTC, the test company's zone): open under the default hours, within the horizon.</summary>
    private static DateOnly Monday(int weeksAhead)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        return today.AddDays(((int)DayOfWeek.Monday - (int)today.DayOfWeek + 7) % 7 + (7 * weeksAhead));
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<Appointment> BookAsync(DateOnly day, string start, string name)
    {
        // A slot another run of this class took on the shared default company moves on to the next free one.
        var outcome = await Calendar.BookAsync(new BookingRequest(day, TimeOnly.Parse(start, CultureInfo.InvariantCulture), null, TestPhones.Next(), name));
        Assert.Equal(BookingResult.Booked, outcome.Result);
        return outcome.Appointment!;
    }

    private async Task<HttpClient> SignedInAsync()
    {
        var browser = app.Browser();
        (await DashboardForms.SignInAsync(browser)).Dispose();
        return browser;
    }

    private static async Task<string> PageAsync(HttpClient browser, string path) => WebUtility.HtmlDecode(await RawAsync(browser, path));

    private static async Task<string> RawAsync(HttpClient browser, string path)
    {
        using var response = await browser.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static Uri FeedUrl(string html)
    {
        var start = html.IndexOf("<code id=\"feed-url\">", StringComparison.Ordinal) + "<code id=\"feed-url\">".Length;
        return new Uri(WebUtility.HtmlDecode(html[start..html.IndexOf("</code>", start, StringComparison.Ordinal)]));
    }
}
