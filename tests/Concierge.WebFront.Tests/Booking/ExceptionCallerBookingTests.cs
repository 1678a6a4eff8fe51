using System.Net;
using Concierge.Simulator.Calls;
using Concierge.TestSupport;
using Concierge.WebFront.Tests.Api;
using Concierge.WebFront.Tests.Appointments;

namespace Concierge.WebFront.Tests.Booking;

/// <summary>
/// Exception-list callers and bookings by phone: with booking off they are put straight through exactly as before; with
/// it on they hear one short prompt and are put through unless they ask for an appointment.
/// </summary>
[Collection(nameof(BookingCallTests))]
public sealed class ExceptionCallerBookingTests(AppointmentsApp app) : IClassFixture<AppointmentsApp>
{
    private const string OwnerPhone = "+33612345678";

    [Fact]
    public async Task WithBookingOffAnExceptionCallerIsPutStraightThroughByteForByteAsWithoutACalendar()
    {
        var withCalendar = await CalendarCompany.CreateWithOwnerAsync(app, bookingEnabled: false, OwnerPhone);
        var withoutCalendar = await CalendarCompany.WithoutCalendarAsync(app, OwnerPhone);

        var first = await RingAsExceptionAsync(withCalendar, "Mum");
        var second = await RingAsExceptionAsync(withoutCalendar, "Mum");

        var expected = "<Response><Say language=\"en-US\">Hi Mum, putting you through now.</Say>"
            + $"<Dial action=\"{ConciergeAppFactory.PublicBaseUrl.ToString().TrimEnd('/')}/twilio/dial-result\" method=\"POST\" timeout=\"{Ring(first)}\" answerOnBridge=\"true\"><Number>{OwnerPhone}</Number></Dial></Response>";
        Assert.Equal(expected, Body(first));
        Assert.Equal(Body(first), Body(second));
    }

    [Fact]
    public async Task WithBookingOnAnExceptionCallerWhoSaysNothingIsPutThroughAfterOneShortPrompt()
    {
        var company = await CalendarCompany.CreateWithOwnerAsync(app, bookingEnabled: true, OwnerPhone);
        var call = await RingAsExceptionAsync(company, "Mum");
        var prompt = call.Exchanges[^1];

        var putThrough = await call.StaySilentAsync();
        await call.DialEndsAsync("completed", bridged: true, duration: 30);

        var twiml = Concierge.Simulator.Protocol.Twiml.Parse(prompt.Body);
        Assert.True(twiml.Listens);
        Assert.Equal("2", twiml.Gather!.Attribute("timeout")?.Value);
        Assert.Equal("Hi Mum, putting you through now. Or say \"appointment\" to book, move or cancel one.", twiml.Spoken);
        Assert.Equal(OwnerPhone, putThrough.DialedNumber?.Value);
        Assert.Null(putThrough.DialedNumber?.Attribute("url")); // no whisper, as for any exception-list caller
        var logged = await (await company.Api.GetAsync($"/api/calls/{call.CallSid}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("transferred_exception", logged.GetProperty("decision").GetString());
    }

    [Fact]
    public async Task WithBookingOnAnExceptionCallerWhoSaysSomethingElseIsPutThrough()
    {
        var company = await CalendarCompany.CreateWithOwnerAsync(app, bookingEnabled: true, OwnerPhone);
        var call = await RingAsExceptionAsync(company, "Mum");

        var putThrough = await call.SayAsync("Hi darling, it's me.");

        Assert.Equal(OwnerPhone, putThrough.DialedNumber?.Value);
        Assert.DoesNotContain("I can offer", putThrough.Spoken, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithBookingOnAnExceptionCallerWhoSaysAppointmentBooksOneAndIsNotPutThrough()
    {
        var company = await CalendarCompany.CreateWithOwnerAsync(app, bookingEnabled: true, OwnerPhone);
        var call = await RingAsExceptionAsync(company, "Mum");

        var asked = await call.SayAsync("Appointment please.");
        var offer = await call.SayAsync("In three days at 10 am.");
        var booked = await call.SayAsync("The first one.");

        Assert.Contains("What day and time", asked.Spoken, StringComparison.Ordinal);
        Assert.Contains("at 10 am", offer.Spoken, StringComparison.Ordinal);
        Assert.True(booked.HangsUp);
        Assert.Null(booked.Dial);
        var day = (await (await company.Api.GetAsync($"/api/appointments?day={CalendarCompany.Day(3)}")).JsonAsync(HttpStatusCode.OK)).GetProperty("items");
        var appointment = Assert.Single(day.EnumerateArray());
        Assert.Equal(("10:00", call.From, "Mum"), (appointment.GetProperty("start").GetString(), appointment.GetProperty("callerPhone").GetString(), appointment.GetProperty("callerName").GetString()));
    }

    [Fact]
    public async Task WithBookingOnAFrenchExceptionCallerCancelsTheirAppointmentByCallerId()
    {
        var company = await CalendarCompany.CreateWithOwnerAsync(app, bookingEnabled: true, OwnerPhone, "fr-FR");
        var caller = TestPhones.Next();
        var reference = (await (await company.BookAsync(CalendarCompany.Day(2), "11:00", caller)).JsonAsync(HttpStatusCode.Created)).GetProperty("reference").GetString();
        var call = await RingAsExceptionAsync(company, "Maman", caller);
        var prompt = Concierge.Simulator.Protocol.Twiml.Parse(call.Exchanges[^1].Body);

        var found = await call.SayAsync("Je voudrais annuler mon rendez-vous.");
        var cancelled = await call.SayAsync("Oui.");

        Assert.Equal("Bonjour Maman, je vous mets en relation. Ou dites « rendez-vous » pour prendre, déplacer ou annuler un rendez-vous.", prompt.Spoken);
        Assert.Contains("J'ai trouvé votre rendez-vous", found.Spoken, StringComparison.Ordinal);
        Assert.Contains("est annulé", cancelled.Spoken, StringComparison.Ordinal);
        var appointment = await (await company.Api.GetAsync($"/api/appointments/{reference}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("cancelled", appointment.GetProperty("status").GetString());
    }

    private async Task<SimulatedCall> RingAsExceptionAsync(CalendarCompany company, string name, string? from = null)
    {
        var caller = from ?? TestPhones.Next();
        (await company.Api.PostJsonAsync("/api/exceptions", new { phone = caller, name, category = "family" })).EnsureSuccessStatusCode().Dispose();
        return await company.RingAsync(app, caller);
    }

    private static string Body(SimulatedCall call) => call.Exchanges[^1].Body;

    private static string Ring(SimulatedCall call) =>
        Concierge.Simulator.Protocol.Twiml.Parse(Body(call)).Dial?.Attribute("timeout")?.Value ?? "";
}
