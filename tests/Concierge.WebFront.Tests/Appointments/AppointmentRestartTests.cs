using System.Net;
using Concierge.TestSupport;
using Concierge.WebFront.Tests.Api;

namespace Concierge.WebFront.Tests.Appointments;

/// <summary>Two lives of one app on one store: a reminder booked in the first is sent by the second, once, and the confirmation is not sent again.</summary>
public sealed class AppointmentRestartTests
{
    [Fact]
    public async Task AReminderBookedBeforeARestartIsSentOnceAfterItAndTheConfirmationIsNotRepeated()
    {
        await using var appointments = new AppointmentsApp();
        await ((IAsyncLifetime)appointments).InitializeAsync();
        var caller = TestPhones.Next();
        DateTimeOffset startsAt;
        await using (var first = appointments.WithWebHostBuilder(_ => { }))
        {
            var company = await CalendarCompany.CreateAsync(first);
            var booked = await (await company.BookAsync(CalendarCompany.Day(4), "11:00", caller)).JsonAsync(HttpStatusCode.Created);
            startsAt = booked.GetProperty("startsAt").GetDateTimeOffset();
            await UntilAsync(() => appointments.TextsTo(caller).Count == 1);
        }

        appointments.Clock.Ahead = startsAt - TimeSpan.FromMinutes(30) - DateTimeOffset.UtcNow;
        await using var second = appointments.WithWebHostBuilder(_ => { });
        using var started = second.CreateClient(); // starts the second life: its sweep finds the reminder due
        await UntilAsync(() => appointments.TextsTo(caller).Count == 2);
        await Task.Delay(TimeSpan.FromSeconds(1.5));

        var texts = appointments.TextsTo(caller);
        Assert.Equal(2, texts.Count);
        Assert.DoesNotContain("Reminder", texts[0], StringComparison.Ordinal);
        Assert.StartsWith("Reminder:", texts[1], StringComparison.Ordinal);
    }

    private static async Task UntilAsync(Func<bool> condition)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(30);
        while (!condition())
        {
            Assert.True(DateTimeOffset.UtcNow < deadline, "timed out");
            await Task.Delay(50);
        }
    }
}
