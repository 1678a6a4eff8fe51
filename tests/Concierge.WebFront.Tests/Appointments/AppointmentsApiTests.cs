using System.Net;
using System.Text.Json;
using Concierge.TestSupport;
using Concierge.WebFront.Tests.Api;

namespace Concierge.WebFront.Tests.Appointments;

public sealed class AppointmentsApiTests(ConciergeAppFactory app) : IClassFixture<ConciergeAppFactory>
{
    [Fact]
    public async Task OwnerBooksMovesAndCancelsAnAppointmentByItsReference()
    {
        var company = await CalendarCompany.CreateAsync(app);
        var day = CalendarCompany.Day(3);
        var nextDay = CalendarCompany.Day(4);

        var booked = await (await company.BookAsync(day, "10:00", "06 12 34 56 78")).JsonAsync(HttpStatusCode.Created);
        var reference = booked.GetProperty("reference").GetString()!;
        var listed = await ReferencesAsync(company, $"/api/appointments?day={day}");
        var sameDay = await (await company.Api.PutJsonAsync($"/api/appointments/{reference}", new { date = day, start = "11:00" })).JsonAsync(HttpStatusCode.OK);
        var otherDay = await (await company.Api.PutJsonAsync($"/api/appointments/{reference}", new { date = nextDay, start = "09:30" })).JsonAsync(HttpStatusCode.OK);
        var newReference = otherDay.GetProperty("reference").GetString()!;
        var old = await (await company.Api.GetAsync($"/api/appointments/{reference}")).JsonAsync(HttpStatusCode.OK);
        var cancelled = await (await company.Api.DeleteAsync($"/api/appointments/{newReference}")).JsonAsync(HttpStatusCode.OK);

        Assert.Matches(@"\A[0-9]{6}\z", reference);
        Assert.Equal("+33612345678", booked.GetProperty("callerPhone").GetString());
        Assert.Equal([reference], listed);
        Assert.Equal((reference, "11:00"), (sameDay.GetProperty("reference").GetString(), sameDay.GetProperty("start").GetString()));
        Assert.NotEqual(reference, newReference);
        Assert.Equal(("moved", newReference), (old.GetProperty("status").GetString(), old.GetProperty("movedTo").GetString()));
        Assert.Equal("cancelled", cancelled.GetProperty("status").GetString());
        Assert.Empty(await ReferencesAsync(company, $"/api/appointments?from={day}&to={nextDay}"));
        Assert.Equal(2, (await ReferencesAsync(company, $"/api/appointments?from={day}&to={nextDay}&includeCancelled=true")).Count);
    }

    [Fact]
    public async Task ATakenSlotIsAConflictOfferingTheNearestFreeSlots()
    {
        var company = await CalendarCompany.CreateAsync(app);
        var day = CalendarCompany.Day(2);
        await (await company.BookAsync(day, "10:00")).JsonAsync(HttpStatusCode.Created);

        var problem = await (await company.BookAsync(day, "10:00")).ProblemAsync(HttpStatusCode.Conflict);

        var offered = problem.GetProperty("alternatives").EnumerateArray().Select(s => (s.GetProperty("date").GetString(), s.GetProperty("start").GetString())).ToList();
        Assert.Equal([(day, "09:30"), (day, "10:30"), (day, "09:00")], offered);
    }

    [Fact]
    public async Task FiftyOwnersRacingForTenSlotsGetTenBookingsAndFortyConflictsWithOtherTimes()
    {
        var company = await CalendarCompany.CreateAsync(app);
        var day = CalendarCompany.Day(5);
        var starts = Enumerable.Range(0, 10).Select(i => new TimeOnly(9, 0).AddMinutes(30 * i).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture)).ToArray();

        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => company.BookAsync(day, starts[i % 10])));

        Assert.Equal(10, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        var conflicts = responses.Where(r => r.StatusCode == HttpStatusCode.Conflict).ToList();
        Assert.Equal(40, conflicts.Count);
        foreach (var conflict in conflicts)
        {
            var alternatives = (await conflict.ProblemAsync(HttpStatusCode.Conflict)).GetProperty("alternatives").EnumerateArray().ToList();
            Assert.NotEmpty(alternatives);
            Assert.All(alternatives, a => Assert.NotEqual(day, a.GetProperty("date").GetString()));
        }

        Assert.Equal(10, (await ReferencesAsync(company, $"/api/appointments?day={day}")).Count);
    }

    [Theory]
    [InlineData("{day}", "10:15", null, "start")]
    [InlineData("{day}", "08:30", null, "start")]
    [InlineData("{day}", "13:45", null, "start")]
    [InlineData("{past}", "10:00", null, "date")]
    [InlineData("{far}", "10:00", null, "date")]
    [InlineData("2026-02-30", "10:00", null, "date")]
    [InlineData("{day}", "25:00", null, "start")]
    [InlineData("{day}", "10:00", "Manicure", "type")]
    public async Task SlotsTheCalendarDoesNotOfferAreRefusedNamingTheField(string date, string start, string? type, string field)
    {
        var company = await CalendarCompany.CreateAsync(app);
        date = date.Replace("{day}", CalendarCompany.Day(2), StringComparison.Ordinal)
            .Replace("{past}", CalendarCompany.Day(-1), StringComparison.Ordinal).Replace("{far}", CalendarCompany.Day(45), StringComparison.Ordinal);

        var problem = await (await company.Api.PostJsonAsync("/api/appointments", new { date, start, type })).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.NotEmpty(problem.FieldError(field));
    }

    [Fact]
    public async Task AnotherCompanyCanNeitherSeeNorMoveNorCancelTheAppointments()
    {
        var owner = await CalendarCompany.CreateAsync(app);
        var other = await CalendarCompany.CreateAsync(app);
        var day = CalendarCompany.Day(3);
        var reference = (await (await owner.BookAsync(day, "12:00")).JsonAsync(HttpStatusCode.Created)).GetProperty("reference").GetString()!;

        await (await other.Api.GetAsync($"/api/appointments/{reference}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await other.Api.PutJsonAsync($"/api/appointments/{reference}", new { date = day, start = "12:30" })).ProblemAsync(HttpStatusCode.NotFound);
        await (await other.Api.DeleteAsync($"/api/appointments/{reference}")).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Empty(await ReferencesAsync(other, $"/api/appointments?day={day}"));
        await (await other.BookAsync(day, "12:00")).JsonAsync(HttpStatusCode.Created); // its own calendar: the slot is free there

        var mine = await (await owner.Api.GetAsync($"/api/appointments/{reference}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(("booked", "12:00"), (mine.GetProperty("status").GetString(), mine.GetProperty("start").GetString()));
    }

    [Theory]
    [InlineData("day=9999-12-31", "day")]
    [InlineData("from=2026-01-01&to=9999-12-31", "to")]
    [InlineData("from=0001-01-01&to=0001-01-02", "from")]
    public async Task ADateAtTheEdgeOfTheCalendarIsABadRequestNamingTheField(string query, string field)
    {
        var company = await CalendarCompany.CreateAsync(app);

        var problem = await (await company.Api.GetAsync($"/api/appointments?{query}")).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task ListIsPagedInStartOrder()
    {
        var company = await CalendarCompany.CreateAsync(app);
        var day = CalendarCompany.Day(6);
        foreach (var start in new[] { "11:00", "09:00", "10:00" })
        {
            await (await company.BookAsync(day, start)).JsonAsync(HttpStatusCode.Created);
        }

        var first = await (await company.Api.GetAsync($"/api/appointments?day={day}&limit=2")).JsonAsync(HttpStatusCode.OK);
        var cursor = first.GetProperty("nextCursor").GetString()!;
        var second = await (await company.Api.GetAsync($"/api/appointments?day={day}&limit=2&cursor={Uri.EscapeDataString(cursor)}")).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(["09:00", "10:00"], Starts(first));
        Assert.Equal(["11:00"], Starts(second));
        Assert.Equal(JsonValueKind.Null, second.GetProperty("nextCursor").ValueKind);
    }

    [Theory]
    [InlineData("{\"types\":[]}", "types")]
    [InlineData("{\"types\":[{\"name\":\"Cut\",\"durationMinutes\":0}]}", "types[0].durationMinutes")]
    [InlineData("{\"types\":[{\"name\":\"Cut\",\"durationMinutes\":30}],\"hours\":[{\"day\":\"funday\",\"opens\":\"09:00\",\"closes\":\"17:00\"}]}", "hours[0].day")]
    [InlineData("{\"types\":[{\"name\":\"Cut\",\"durationMinutes\":30}],\"hours\":[{\"day\":\"monday\",\"opens\":\"17:00\",\"closes\":\"09:00\"}]}", "hours[0].closes")]
    [InlineData("{\"types\":[{\"name\":\"Cut\",\"durationMinutes\":30}],\"closedDays\":[\"25/12\"]}", "closedDays[0]")]
    [InlineData("{\"types\":[{\"name\":\"Cut\",\"durationMinutes\":30}],\"horizonDays\":400}", "horizonDays")]
    [InlineData("{\"types\":[{\"name\":\"Cut\",\"durationMinutes\":30}],\"reminderMinutes\":-5}", "reminderMinutes")]
    public async Task CalendarSettingsAreCheckedFieldByField(string body, string field)
    {
        var company = await CalendarCompany.CreateAsync(app);

        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        var problem = await (await company.Api.PutAsync(new Uri("/api/calendar", UriKind.Relative), content)).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.NotEmpty(problem.FieldError(field));
    }

    private static async Task<List<string>> ReferencesAsync(CalendarCompany company, string url) =>
        [.. (await (await company.Api.GetAsync(url)).JsonAsync(HttpStatusCode.OK)).GetProperty("items").EnumerateArray().Select(a => a.GetProperty("reference").GetString()!)];

    private static List<string> Starts(JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("start").GetString()!)];
}
