using System.Net;
using Concierge.Grains.Interfaces.Calls;
using Concierge.Grains.Interfaces.Scheduling;
using Concierge.Simulator.Calls;
using Concierge.Simulator.Protocol;
using Concierge.TestSupport;
using Concierge.WebFront.Media;
using Concierge.WebFront.Tests.Api;
using Concierge.WebFront.Tests.Appointments;
using Orleans;
using static Concierge.WebFront.Tests.Media.RealtimeApp;

namespace Concierge.WebFront.Tests.Media;

/// <summary>
/// In realtime voice the model hands a caller who asks for an appointment to the booking dialogue of gather mode, for a
/// company whose calendar takes bookings by phone (a salon open every day 9:00 to 14:00, Paris, half-hour haircuts).
/// </summary>
public sealed class RealtimeBookingTests(RealtimeBookingApp realtime) : IClassFixture<RealtimeBookingApp>
{
    private const string HaircutInThreeDaysAt10 = """{"request":"a haircut in three days at 10 am","caller_name":"Camille"}""";

    [Fact]
    public async Task TheModelIsGivenTheBookingToolAndItsHandOverOffersTheDayNamedThenBooksTheSlotPickedAndTextsOnce()
    {
        var company = await CalendarCompany.CreateAsync(realtime.App);
        var updates = realtime.SessionUpdates.Count;
        var (call, stream) = await realtime.StreamAsync(realtime.CallTo(company.Number));
        await using var _ = stream;
        realtime.Model.Enqueue(new FakeReply("Hi, it's Camille, I'd like a haircut in three days at 10 am.", "Let me look at the calendar.", Speech(200))
        {
            Function = StreamTools.BookAppointment, Arguments = HaircutInThreeDaysAt10,
        });

        await stream.SpeakAsync([.. Speech(200), .. Silence(40)]);
        await stream.Closed.WaitAsync(TimeSpan.FromSeconds(30)); // the relay closes the stream once the hand-over is recorded
        var offer = await call.PostTwimlAsync("/twilio/stream-ended", []);
        var booked = await call.SayAsync("The second one.", pathAndQuery: ActionOf(offer));

        var update = realtime.SessionUpdates[updates];
        Assert.Contains(StreamTools.BookAppointment, RealtimeBookingApp.ToolsOf(update));
        Assert.Contains("- book_appointment:", (string?)update["session"]!["instructions"], StringComparison.Ordinal);
        Assert.True(offer.Listens);
        Assert.Contains("at 10 am, 9:30 am or 10:30 am", offer.Spoken, StringComparison.Ordinal);
        Assert.True(booked.HangsUp);
        var reference = ReferenceSaid(booked);
        var appointment = await (await company.Api.GetAsync($"/api/appointments/{reference}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal((CalendarCompany.Day(3), "09:30", call.From), (appointment.GetProperty("date").GetString(), appointment.GetProperty("start").GetString(), appointment.GetProperty("callerPhone").GetString()));
        Assert.Contains(reference, Assert.Single(await TextsAsync(call.From)), StringComparison.Ordinal);
        var record = await realtime.App.Grains.GetGrain<ICallGrain>(call.CallSid).GetAsync();
        Assert.Equal(("Camille", "realtime model", CallDecisions.Completed), (record!.CallerName, record.DecidedBy, record.FinalDecision));
        Assert.Contains($"reference {reference}", record.Reason, StringComparison.Ordinal);
        Assert.Contains(record.Turns, t => t.Speaker == TurnSpeakers.Caller && t.Text == "Hi, it's Camille, I'd like a haircut in three days at 10 am.");
        Assert.Contains(record.Turns, t => t.Speaker == TurnSpeakers.System && t.Text.Contains("handed the caller to the booking dialogue", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ACompanyThatTakesNoBookingsByPhoneDoesNotGiveTheModelTheBookingTool()
    {
        var company = await CalendarCompany.CreateAsync(realtime.App, bookingEnabled: false);
        var updates = realtime.SessionUpdates.Count;
        var (_, stream) = await realtime.StreamAsync(realtime.CallTo(company.Number));
        await using var _ = stream;

        await WaitUntilAsync(() => realtime.SessionUpdates.Count > updates);

        var update = realtime.SessionUpdates[updates];
        Assert.Equal([StreamTools.TransferCall, StreamTools.TakeMessage, StreamTools.EndCall, StreamTools.BlockCaller], RealtimeBookingApp.ToolsOf(update));
        Assert.DoesNotContain(StreamTools.BookAppointment, (string?)update["session"]!["instructions"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARepeatedConnectActionAnswersTheSameOfferAndTheAppointmentIsBookedOnce()
    {
        var company = await CalendarCompany.CreateAsync(realtime.App);
        var (call, grain) = await HandedOverAsync(company, HaircutInThreeDaysAt10);

        var offer = await call.PostTwimlAsync("/twilio/stream-ended", []);
        var again = await call.PostTwimlAsync("/twilio/stream-ended", []);
        var booked = await call.SayAsync("The first one.", pathAndQuery: ActionOf(again));
        var bookedAgain = await call.SayAsync("The first one.", pathAndQuery: ActionOf(offer)); // Twilio redelivers the answer

        Assert.Equal(offer.Root.ToString(), again.Root.ToString());
        Assert.Equal(booked.Root.ToString(), bookedAgain.Root.ToString());
        Assert.False(await grain.StreamDecidedAsync(new StreamDecision(StreamTools.BookAppointment, Request: "a haircut tomorrow"))); // decided already
        var day = (await (await company.Api.GetAsync($"/api/appointments?day={CalendarCompany.Day(3)}")).JsonAsync(HttpStatusCode.OK)).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(("10:00", ReferenceSaid(booked)), (Assert.Single(day).GetProperty("start").GetString(), day[0].GetProperty("reference").GetString()));
        Assert.Single(await TextsAsync(call.From));
    }

    [Fact]
    public async Task AHandOverWithoutADayAsksWhenThenOffersTheDayTheCallerSays()
    {
        var company = await CalendarCompany.CreateAsync(realtime.App);
        var (call, _) = await HandedOverAsync(company, """{"request":"I need a haircut"}""");

        var asked = await call.PostTwimlAsync("/twilio/stream-ended", []);
        var offer = await call.SayAsync("In three days at 10 am.", pathAndQuery: ActionOf(asked));

        Assert.Contains("What day and time would suit you?", asked.Spoken, StringComparison.Ordinal);
        Assert.Contains("at 10 am, 9:30 am or 10:30 am", offer.Spoken, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AHandOverWhenTheCompanyTakesNoBookingsByPhoneLeadsToTakingAMessage()
    {
        var company = await CalendarCompany.CreateAsync(realtime.App, bookingEnabled: false);
        var (call, grain) = await HandedOverAsync(company, HaircutInThreeDaysAt10, offered: false);

        var asked = await call.PostTwimlAsync("/twilio/stream-ended", []);
        var thanks = await call.SayAsync("Please call me back about a haircut.", pathAndQuery: ActionOf(asked));

        Assert.True(asked.Listens);
        Assert.Contains("Tell me your message", asked.Spoken, StringComparison.Ordinal);
        Assert.True(thanks.HangsUp);
        var record = await grain.GetAsync();
        Assert.Equal((CallDecisions.MessageTaken, "Please call me back about a haircut."), (record!.FinalDecision, record.Message));
        Assert.Empty((await (await company.Api.GetAsync($"/api/appointments?day={CalendarCompany.Day(3)}")).JsonAsync(HttpStatusCode.OK)).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task BookingTurnedOffDuringTheStreamLeadsTheHandedOverCallerToTakingAMessage()
    {
        var company = await CalendarCompany.CreateAsync(realtime.App);
        var (call, _) = await HandedOverAsync(company, HaircutInThreeDaysAt10);
        var calendar = realtime.App.Grains.GetGrain<ICalendarGrain>(company.Id);
        await calendar.ConfigureAsync((await calendar.GetSettingsAsync()) with { BookingEnabled = false });

        var asked = await call.PostTwimlAsync("/twilio/stream-ended", []);

        Assert.True(asked.Listens);
        Assert.Contains("Tell me your message", asked.Spoken, StringComparison.Ordinal);
        Assert.DoesNotContain("I can offer", asked.Spoken, StringComparison.Ordinal);
    }

    /// <summary>
    /// A call to <paramref name="company"/> whose stream started (the brief saying whether booking is
    /// <paramref name="offered"/>) and whose model called book_appointment with <paramref name="arguments"/>.
    /// </summary>
    private async Task<(SimulatedCall Call, ICallGrain Grain)> HandedOverAsync(CalendarCompany company, string arguments, bool offered = true)
    {
        var (call, _, token) = await realtime.RingAsync(realtime.CallTo(company.Number));
        var grain = realtime.App.Grains.GetGrain<ICallGrain>(call.CallSid);
        Assert.Equal(offered, (await grain.StreamStartedAsync(token))!.Booking);
        Assert.True(await grain.StreamDecidedAsync(ToolCallDecision.Read(StreamTools.BookAppointment, arguments)!));
        return (call, grain);
    }

    /// <summary>The texts sent to <paramref name="caller"/>, once there is one (30 s at most) and a moment later for any second.</summary>
    private async Task<List<string>> TextsAsync(string caller)
    {
        await WaitUntilAsync(() => realtime.TextsTo(caller).Count > 0, TimeSpan.FromSeconds(30));
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        return realtime.TextsTo(caller);
    }

    private static string ActionOf(Twiml twiml) => ConciergeAppFactory.Account.PathAndQueryOf(twiml.Gather!.Attribute("action")!.Value);

    private static string ReferenceSaid(Twiml said) => Booking.BookingCallTests.ReferenceSaid(said);
}
