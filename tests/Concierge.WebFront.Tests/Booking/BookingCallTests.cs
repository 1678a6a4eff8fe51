using System.Net;
using Concierge.Simulator.Calls;
using Concierge.Simulator.Protocol;
using Concierge.TestSupport;
using Concierge.WebFront.Tests.Api;
using Concierge.WebFront.Tests.Appointments;

namespace Concierge.WebFront.Tests.Booking;

/// <summary>
/// Appointments booked, moved and cancelled by phone, through signed /twilio/voice and /twilio/gather webhooks, for a
/// salon open every day 9:00 to 14:00 (Paris) with half-hour haircuts. Texts go to a fake Twilio REST API.
/// </summary>
[Collection(nameof(BookingCallTests))]
public sealed class BookingCallTests(AppointmentsApp app) : IClassFixture<AppointmentsApp>
{
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(1.5);

    [Fact]
    public async Task CallerBooksAHaircutInEnglishHearsTheReferenceAndIsTextedOnce()
    {
        var company = await CalendarCompany.CreateAsync(app);
        var call = await RingAsync(company);

        var offer = await call.SayAsync("Hi, I'd like to book a haircut in three days at 10 am please.");
        var booked = await call.SayAsync("The second one.");

        Assert.True(offer.Listens);
        Assert.Contains("I can offer on", offer.Spoken, StringComparison.Ordinal);
        Assert.Contains("at 10 am, 9:30 am or 10:30 am", offer.Spoken, StringComparison.Ordinal);
        Assert.True(booked.HangsUp);
        var reference = ReferenceSaid(booked);
        var appointment = await (await company.Api.GetAsync($"/api/appointments/{reference}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal((CalendarCompany.Day(3), "09:30", call.From), (appointment.GetProperty("date").GetString(), appointment.GetProperty("start").GetString(), appointment.GetProperty("callerPhone").GetString()));
        var text = Assert.Single(await app.TextsToAsync(call.From, 1));
        Assert.Contains(reference, text, StringComparison.Ordinal);
        await Task.Delay(Settle);
        Assert.Single(app.TextsTo(call.From));
        var logged = await (await company.Api.GetAsync($"/api/calls/{call.CallSid}")).JsonAsync(HttpStatusCode.OK);
        Assert.Contains($"reference {reference}", logged.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FrenchCallerIsAskedWhenThenBooksAtTheTimeTheySayAndIsTextedInFrench()
    {
        var company = await CalendarCompany.CreateAsync(app, bookingEnabled: true, "fr-FR");
        var call = await RingAsync(company);

        var asked = await call.SayAsync("Bonjour, je voudrais prendre rendez-vous.");
        var offer = await call.SayAsync("Dans trois jours vers 11 h.");
        var booked = await call.SayAsync("Oui, à 11 h 30.");

        Assert.Contains("Quel jour", asked.Spoken, StringComparison.Ordinal);
        Assert.Contains("à 11 h, 10 h 30 ou 11 h 30", offer.Spoken, StringComparison.Ordinal);
        Assert.Contains("Votre référence est", booked.Spoken, StringComparison.Ordinal);
        var reference = ReferenceSaid(booked);
        var appointment = await (await company.Api.GetAsync($"/api/appointments/{reference}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("11:30", appointment.GetProperty("start").GetString());
        var text = Assert.Single(await app.TextsToAsync(call.From, 1));
        Assert.Contains("confirmé", text, StringComparison.Ordinal);
        var listed = AppointmentsApiItems(await (await company.Api.GetAsync($"/api/appointments?day={CalendarCompany.Day(3)}")).JsonAsync(HttpStatusCode.OK));
        Assert.Equal(reference, Assert.Single(listed).GetProperty("reference").GetString());
    }

    [Fact]
    public async Task CallerReschedulesByTheReferenceTheySayDigitByDigit()
    {
        var company = await CalendarCompany.CreateAsync(app);
        var reference = await BookedAsync(company, CalendarCompany.Day(3), "10:00", TestPhones.Next());
        var call = await RingAsync(company);

        var askedForReference = await call.SayAsync("Hello, I need to reschedule my appointment.");
        var found = await call.SayAsync($"Sure, it's {string.Join(' ', reference.Select(Digit))}.");
        var offer = await call.SayAsync("In four days at noon.");
        var moved = await call.SayAsync("Yes please.");

        Assert.Contains("six-digit", askedForReference.Spoken, StringComparison.Ordinal);
        Assert.Contains("I found your Haircut", found.Spoken, StringComparison.Ordinal);
        Assert.Contains("noon", offer.Spoken, StringComparison.Ordinal);
        var newReference = ReferenceSaid(moved);
        var old = await (await company.Api.GetAsync($"/api/appointments/{reference}")).JsonAsync(HttpStatusCode.OK);
        var now = await (await company.Api.GetAsync($"/api/appointments/{newReference}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(("moved", newReference), (old.GetProperty("status").GetString(), old.GetProperty("movedTo").GetString()));
        Assert.Equal((CalendarCompany.Day(4), "12:00"), (now.GetProperty("date").GetString(), now.GetProperty("start").GetString()));
    }

    [Fact]
    public async Task FrenchCallerCancelsTheAppointmentFoundByTheirCallerId()
    {
        var company = await CalendarCompany.CreateAsync(app, bookingEnabled: true, "fr-FR");
        var caller = TestPhones.Next();
        var reference = await BookedAsync(company, CalendarCompany.Day(2), "13:00", caller);
        var call = new SimulatedCall(app.CreateClient(), ConciergeAppFactory.Account, caller, company.Number);
        await call.RingAsync();

        var found = await call.SayAsync("Bonjour, je dois annuler mon rendez-vous.");
        var cancelled = await call.SayAsync("Oui, c'est ça.");

        Assert.Contains("J'ai trouvé votre rendez-vous", found.Spoken, StringComparison.Ordinal);
        Assert.Contains("13 h", found.Spoken, StringComparison.Ordinal);
        Assert.True(cancelled.HangsUp);
        Assert.Contains("est annulé", cancelled.Spoken, StringComparison.Ordinal);
        var appointment = await (await company.Api.GetAsync($"/api/appointments/{reference}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("cancelled", appointment.GetProperty("status").GetString());
    }

    [Fact]
    public async Task SlotTakenBetweenOfferAndConfirmationIsNeverDoubleBookedAndTheNextOnesAreOffered()
    {
        var company = await CalendarCompany.CreateAsync(app);
        var call = await RingAsync(company);
        await call.SayAsync("I'd like to book a haircut in three days at 10 am.");
        await BookedAsync(company, CalendarCompany.Day(3), "10:00", TestPhones.Next());

        var reoffer = await call.SayAsync("The first one please.");
        var booked = await call.SayAsync("Yes.");

        Assert.Contains("just been taken", reoffer.Spoken, StringComparison.Ordinal);
        Assert.DoesNotContain(" 10 am", reoffer.Spoken, StringComparison.Ordinal);
        Assert.Contains("9:30 am", reoffer.Spoken, StringComparison.Ordinal);
        var reference = ReferenceSaid(booked);
        var day = AppointmentsApiItems(await (await company.Api.GetAsync($"/api/appointments?day={CalendarCompany.Day(3)}")).JsonAsync(HttpStatusCode.OK));
        Assert.Equal(["09:30", "10:00"], day.Select(a => a.GetProperty("start").GetString()).Order());
        Assert.Contains(day, a => a.GetProperty("reference").GetString() == reference && a.GetProperty("callerPhone").GetString() == call.From);
    }

    [Fact]
    public async Task CallerNotUnderstoodTwiceIsAskedForAMessage()
    {
        var company = await CalendarCompany.CreateAsync(app);
        var call = await RingAsync(company);
        await call.SayAsync("Can I book an appointment?");

        var pardon = await call.SayAsync("Purple elephants.");
        var message = await call.SayAsync("Bananas on the moon.");
        var thanks = await call.SayAsync("Please call me back about a haircut.");

        Assert.Contains("didn't catch that", pardon.Spoken, StringComparison.Ordinal);
        Assert.Contains("Tell me your message", message.Spoken, StringComparison.Ordinal);
        Assert.True(thanks.HangsUp);
        var logged = await (await company.Api.GetAsync($"/api/calls/{call.CallSid}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("message_taken", logged.GetProperty("decision").GetString());
    }

    [Fact]
    public async Task WithBookingDisabledACallerAskingToBookIsScreenedAsUsual()
    {
        var company = await CalendarCompany.CreateAsync(app, bookingEnabled: false);
        var call = await RingAsync(company);

        var twiml = await call.SayAsync("Hi, this is Sam Carter, I'd like to book a haircut in three days at 10 am.");

        Assert.DoesNotContain("I can offer", twiml.Spoken, StringComparison.Ordinal);
        Assert.Empty(AppointmentsApiItems(await (await company.Api.GetAsync($"/api/appointments?day={CalendarCompany.Day(3)}")).JsonAsync(HttpStatusCode.OK)));
        var logged = await (await company.Api.GetAsync($"/api/calls/{call.CallSid}")).JsonAsync(HttpStatusCode.OK);
        Assert.NotEqual("booking", logged.GetProperty("decidedBy").GetString());
    }

    private static string Digit(char digit) => digit switch
    {
        '0' => "zero", '1' => "one", '2' => "two", '3' => "three", '4' => "four",
        '5' => "five", '6' => "six", '7' => "seven", '8' => "eight", _ => "nine",
    };

    /// <summary>The six digits read out after "reference" / "référence", heard as the simulator's callers hear them.</summary>
    internal static string ReferenceSaid(Twiml said)
    {
        var memory = new CallerMemory();
        memory.Hear(said);
        Assert.True(memory.Reference is not null, $"No reference in: {said.Spoken}");
        return memory.Reference;
    }

    private static System.Text.Json.JsonElement[] AppointmentsApiItems(System.Text.Json.JsonElement page) => [.. page.GetProperty("items").EnumerateArray()];

    private Task<SimulatedCall> RingAsync(CalendarCompany company) => company.RingAsync(app);

    private static async Task<string> BookedAsync(CalendarCompany company, string date, string start, string phone) =>
        (await (await company.BookAsync(date, start, phone)).JsonAsync(HttpStatusCode.Created)).GetProperty("reference").GetString()!;
}
