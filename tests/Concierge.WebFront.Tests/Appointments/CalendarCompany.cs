using System.Globalization;
using System.Net;
using Concierge.TestSupport;
using Concierge.WebFront.Tests.Api;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Concierge.WebFront.Tests.Appointments;

/// <summary>A company of its own (Paris time, open every day 9:00 to 14:00, half-hour haircuts) and a client holding its key.</summary>
public sealed record CalendarCompany(string Id, HttpClient Api)
{
    public const string TimeZone = "Europe/Paris";

    /// <summary>A day <paramref name="daysAhead"/> after today in the company's time zone, as the API writes it.</summary>
    public static string Day(int daysAhead) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById(TimeZone)).DateTime)
            .AddDays(daysAhead).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static async Task<CalendarCompany> CreateAsync(WebApplicationFactory<Program> app)
    {
        using var admin = app.CreateClient();
        admin.DefaultRequestHeaders.Add("X-Api-Key", ConciergeAppFactory.AdminKey);
        var id = $"cal-{Guid.NewGuid():N}"[..20];
        await (await admin.PostJsonAsync("/api/companies", new { id, name = "Salon Lepic", twilioNumbers = new[] { TestPhones.Next() }, timeZone = TimeZone, defaultRegion = "FR" }))
            .JsonAsync(HttpStatusCode.Created);
        var key = (await (await admin.PostJsonAsync($"/api/companies/{id}/keys", new { label = "calendar" })).JsonAsync(HttpStatusCode.Created)).GetProperty("key").GetString()!;
        var api = app.CreateClient();
        api.DefaultRequestHeaders.Add("X-Api-Key", key);
        var everyDay = new[] { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" }
            .Select(day => new { day, opens = "09:00", closes = "14:00" });
        await (await api.PutJsonAsync("/api/calendar", new
        {
            hours = everyDay,
            types = new[] { new { name = "Haircut", durationMinutes = 30, bufferMinutes = 0 } },
            horizonDays = 30,
            bookingEnabled = true,
        })).JsonAsync(HttpStatusCode.OK);
        return new CalendarCompany(id, api);
    }

    public Task<HttpResponseMessage> BookAsync(string date, string start, string? phone = null) =>
        Api.PostJsonAsync("/api/appointments", new { date, start, callerPhone = phone, callerName = "Camille" });
}
