using System.Net;
using Concierge.TestSupport;
using Concierge.WebFront.Tests.Api;

namespace Concierge.WebFront.Tests.Appointments;

/// <summary>
/// SMS about an appointment through Twilio's REST API (a fake recording them): the confirmation at once, the reminder
/// its lead time before the start, each exactly once; a move confirms the new time, a cancellation silences the reminder.
/// The reminder is due days later, so only the sweep (the path a restart takes) sends it.
/// </summary>
[Collection(nameof(AppointmentTextTests))]
public sealed class AppointmentTextTests(AppointmentsApp app) : IClassFixture<AppointmentsApp>
{
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(1.5);

    [Fact]
    public async Task ConfirmationAndReminderAreEachTextedOnceWithDateTimeAndReference()
    {
        var company = await CalendarCompany.CreateAsync(app);
        var caller = TestPhones.Next();
        var booked = await (await company.BookAsync(CalendarCompany.Day(3), "10:30", caller)).JsonAsync(HttpStatusCode.Created);
        var reference = booked.GetProperty("reference").GetString()!;

        var confirmation = Assert.Single(await app.TextsToAsync(caller, 1));
        await Task.Delay(Settle);
        Assert.Single(app.TextsTo(caller));
        app.Clock.Ahead = booked.GetProperty("startsAt").GetDateTimeOffset() - TimeSpan.FromMinutes(30) - DateTimeOffset.UtcNow;
        var texts = await app.TextsToAsync(caller, 2);
        await Task.Delay(Settle);
        app.Clock.Ahead = TimeSpan.Zero;

        Assert.Equal(2, app.TextsTo(caller).Count);
        Assert.Contains(reference, confirmation, StringComparison.Ordinal);
        Assert.Contains("10:30 am", confirmation, StringComparison.Ordinal);
        Assert.Contains(DateOnly.Parse(CalendarCompany.Day(3), System.Globalization.CultureInfo.InvariantCulture).Day.ToString(System.Globalization.CultureInfo.InvariantCulture), confirmation, StringComparison.Ordinal);
        Assert.StartsWith("Reminder:", texts[1], StringComparison.Ordinal);
        Assert.Contains(reference, texts[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMoveIsConfirmedAnewAndACancelledAppointmentGetsNoReminder()
    {
        var company = await CalendarCompany.CreateAsync(app);
        var caller = TestPhones.Next();
        var booked = await (await company.BookAsync(CalendarCompany.Day(3), "09:00", caller)).JsonAsync(HttpStatusCode.Created);
        var reference = booked.GetProperty("reference").GetString()!;
        await app.TextsToAsync(caller, 1);

        await (await company.Api.PutJsonAsync($"/api/appointments/{reference}", new { date = CalendarCompany.Day(3), start = "13:00" })).JsonAsync(HttpStatusCode.OK);
        var texts = await app.TextsToAsync(caller, 2);
        await (await company.Api.DeleteAsync($"/api/appointments/{reference}")).JsonAsync(HttpStatusCode.OK);
        app.Clock.Ahead = booked.GetProperty("startsAt").GetDateTimeOffset().AddHours(4) - TimeSpan.FromMinutes(30) - DateTimeOffset.UtcNow;
        await Task.Delay(Settle);
        app.Clock.Ahead = TimeSpan.Zero;

        Assert.Contains("1:00 pm", texts[1], StringComparison.Ordinal);
        Assert.Equal(2, app.TextsTo(caller).Count);
    }
}
