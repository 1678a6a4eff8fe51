using System.Globalization;
using System.Net;
using Concierge.Simulator.Calls;
using Concierge.TestSupport;
using Concierge.WebFront.Tests.Api;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Concierge.WebFront.Tests.Appointments;

/// <summary>A company of its own (Paris time, open every day 9:00 to 14:00, half-hour haircuts) and a client holding its key.</summary>
public sealed record CalendarCompany(string Id, HttpClient Api, string Number = "")
{
    public const string TimeZone = "Europe/Paris";

    /// <summary>A day <paramref name="daysAhead"/> after today in the company's time zone, as the API writes it.</summary>
    public static string Day(int daysAhead) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById(TimeZone)).DateTime)
            .AddDays(daysAhead).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <param name="bookingEnabled">Whether callers may book by phone.</param>
    /// <param name="languages">The company's languages (BCP-47); by default the API's default.</param>
    public static Task<CalendarCompany> CreateAsync(WebApplicationFactory<Program> app, bool bookingEnabled = true, params string[] languages) =>
        CreateWithOwnerAsync(app, bookingEnabled, ownerPhone: null, languages);

    /// <param name="ownerPhone">Where calls put through ring (exception-list callers); none when null.</param>
    public static async Task<CalendarCompany> CreateWithOwnerAsync(WebApplicationFactory<Program> app, bool bookingEnabled, string? ownerPhone, params string[] languages)
    {
        var company = await WithoutCalendarAsync(app, ownerPhone, languages);
        var everyDay = new[] { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" }
            .Select(day => new { day, opens = "09:00", closes = "14:00" });
        await (await company.Api.PutJsonAsync("/api/calendar", new
        {
            hours = everyDay,
            types = new[] { new { name = "Haircut", durationMinutes = 30, bufferMinutes = 0 } },
            horizonDays = 30,
            bookingEnabled,
        })).JsonAsync(HttpStatusCode.OK);
        return company;
    }

    /// <summary>The same company with its calendar never set (booking by phone off, as by default).</summary>
    public static async Task<CalendarCompany> WithoutCalendarAsync(WebApplicationFactory<Program> app, string? ownerPhone, params string[] languages)
    {
        using var admin = app.CreateClient();
        admin.DefaultRequestHeaders.Add("X-Api-Key", ConciergeAppFactory.AdminKey);
        var id = $"cal-{Guid.NewGuid():N}"[..20];
        var number = TestPhones.Next();
        await (await admin.PostJsonAsync("/api/companies", languages.Length == 0
                ? new { id, name = "Salon Lepic", twilioNumbers = new[] { number }, timeZone = TimeZone, defaultRegion = "FR", ownerPhone }
                : (object)new { id, name = "Salon Lepic", twilioNumbers = new[] { number }, timeZone = TimeZone, defaultRegion = "FR", languages, ownerPhone }))
            .JsonAsync(HttpStatusCode.Created);
        var key = (await (await admin.PostJsonAsync($"/api/companies/{id}/keys", new { label = "calendar" })).JsonAsync(HttpStatusCode.Created)).GetProperty("key").GetString()!;
        var api = app.CreateClient();
        api.DefaultRequestHeaders.Add("X-Api-Key", key);
        return new CalendarCompany(id, api, number);
    }

    /// <summary>A call to the company from <paramref name="from"/> (a fresh number when null), rung.</summary>
    public async Task<SimulatedCall> RingAsync(WebApplicationFactory<Program> app, string? from = null)
    {
        var call = new SimulatedCall(app.CreateClient(), ConciergeAppFactory.Account, from ?? TestPhones.Next(), Number);
        await call.RingAsync();
        return call;
    }

    public Task<HttpResponseMessage> BookAsync(string date, string start, string? phone = null) =>
        Api.PostJsonAsync("/api/appointments", new { date, start, callerPhone = phone, callerName = "Camille" });
}
