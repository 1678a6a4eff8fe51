using System.Net;
using Concierge.TestSupport;
using Concierge.WebFront.Tests.Api;
using Ical.Net;

namespace Concierge.WebFront.Tests.Appointments;

/// <summary>The calendar's ICS feed as a subscribing calendar app reads it: parsed back, it holds what the API lists.</summary>
public sealed class AppointmentFeedTests(ConciergeAppFactory app) : IClassFixture<ConciergeAppFactory>
{
    [Fact]
    public async Task FeedParsesAndMatchesTheAppointmentsTheApiListsAfterEveryChange()
    {
        var company = await CalendarCompany.CreateAsync(app);
        var first = await (await company.BookAsync(CalendarCompany.Day(2), "09:30", TestPhones.Next())).JsonAsync(HttpStatusCode.Created);
        var second = await (await company.BookAsync(CalendarCompany.Day(9), "13:00")).JsonAsync(HttpStatusCode.Created);
        var feed = await FeedUrlAsync(company);

        var before = await EventsAsync(feed);
        var listedBefore = await ListedAsync(company, 2);
        await (await company.Api.DeleteAsync($"/api/appointments/{first.GetProperty("reference").GetString()}")).JsonAsync(HttpStatusCode.OK);
        await (await company.Api.PutJsonAsync($"/api/appointments/{second.GetProperty("reference").GetString()}", new { date = CalendarCompany.Day(9), start = "09:00" }))
            .JsonAsync(HttpStatusCode.OK);
        var after = await EventsAsync(feed);
        var listedAfter = await ListedAsync(company, 1);

        Assert.Equal(listedBefore, before);
        Assert.Equal(listedAfter, after);
        Assert.Equal(second.GetProperty("reference").GetString(), Assert.Single(after).Reference);
        Assert.Equal(9, after[0].Start.Hour + TimeZoneInfo.FindSystemTimeZoneById(CalendarCompany.TimeZone).GetUtcOffset(after[0].Start).Hours);
    }

    [Fact]
    public async Task ARotatedTokenAndAnotherCompanysTokenOpenNoFeed()
    {
        var company = await CalendarCompany.CreateAsync(app);
        var other = await CalendarCompany.CreateAsync(app);
        var old = await FeedUrlAsync(company);
        var current = await FeedUrlAsync(company);
        var othersToken = (await FeedUrlAsync(other)).Split('/')[^1];
        using var anonymous = app.CreateClient();

        using var stale = await anonymous.GetAsync(old);
        using var crossed = await anonymous.GetAsync($"/calendar/{company.Id}/{othersToken}");
        using var fresh = await anonymous.GetAsync(current);

        await stale.ProblemAsync(HttpStatusCode.NotFound);
        await crossed.ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        Assert.Equal("text/calendar", fresh.Content.Headers.ContentType?.MediaType);
    }

    private static async Task<string> FeedUrlAsync(CalendarCompany company)
    {
        var response = await (await company.Api.PostJsonAsync("/api/calendar/feed", new { })).JsonAsync(HttpStatusCode.OK);
        return new Uri(response.GetProperty("url").GetString()!).PathAndQuery;
    }

    private async Task<List<FeedEvent>> EventsAsync(string feed)
    {
        using var anonymous = app.CreateClient();
        var calendar = Calendar.Load(await anonymous.GetStringAsync(new Uri(feed, UriKind.Relative)))!;
        return [.. calendar.Events
            .Select(e => new FeedEvent(e.Description!.Split(' ', ',')[1], e.Start!.AsUtc, e.End!.AsUtc))
            .OrderBy(e => e.Start)];
    }

    private static async Task<List<FeedEvent>> ListedAsync(CalendarCompany company, int expected)
    {
        var page = await (await company.Api.GetAsync($"/api/appointments?from={CalendarCompany.Day(0)}&to={CalendarCompany.Day(30)}")).JsonAsync(HttpStatusCode.OK);
        var listed = page.GetProperty("items").EnumerateArray()
            .Select(a => new FeedEvent(a.GetProperty("reference").GetString()!, a.GetProperty("startsAt").GetDateTimeOffset().UtcDateTime, a.GetProperty("endsAt").GetDateTimeOffset().UtcDateTime))
            .ToList();
        Assert.Equal(expected, listed.Count);
        return listed;
    }

    private sealed record FeedEvent(string Reference, DateTime Start, DateTime End);
}
