using System.Net;
using System.Text.Json;
using Concierge.Simulator.Calls;
using Concierge.TestSupport;
using Concierge.WebFront.Tests.Api;
using Concierge.WebFront.Tests.Appointments;

namespace Concierge.WebFront.Tests.Booking;

/// <summary>
/// With a model configured, the booking dialogue reads each caller turn through the model's tool calls (on a fake
/// chat-completions server answering in the real <c>tool_calls</c> format); the dialogue still books through the
/// calendar, and a tool call that makes no sense is read offline instead.
/// </summary>
[Collection(nameof(BookingCallTests))]
public sealed class BookingByModelTests(BookingModelApp app) : IClassFixture<BookingModelApp>
{
    [Fact]
    public async Task TheModelsToolCallsDriveABookingTheOfflineReaderCouldNotUnderstand()
    {
        var company = await CalendarCompany.CreateAsync(app);
        var call = await company.RingAsync(app);
        var day = CalendarCompany.Day(5);
        app.Model.AnswerWithToolCalls(
            ("find_slots", $$"""{"date":"{{day}}","time":"11:00","part_of_day":null,"appointment_type":"haircut"}"""),
            ("choose_offered", """{"index":3}"""));

        // Neither sentence says a date or a rank the offline reader knows: only the model's tool calls make sense of them.
        var offer = await call.SayAsync("Could I book an appointment for when my sister visits, late morning?");
        var booked = await call.SayAsync("Whichever is the latest of those.");

        Assert.Contains("I can offer", offer.Spoken, StringComparison.Ordinal);
        Assert.True(booked.HangsUp, booked.Spoken);
        var items = (await (await company.Api.GetAsync($"/api/appointments?day={day}")).JsonAsync(HttpStatusCode.OK)).GetProperty("items");
        var appointment = Assert.Single(items.EnumerateArray());
        Assert.Equal(("11:30", "Haircut", call.From), (appointment.GetProperty("start").GetString(), appointment.GetProperty("type").GetString(), appointment.GetProperty("callerPhone").GetString()));
        var asked = app.Model.ToolRequests.Select(r => r.Body.ToJsonString()).ToList();
        Assert.Contains(asked, body => body.Contains("late morning", StringComparison.Ordinal) && body.Contains("find_slots", StringComparison.Ordinal));
        Assert.Contains(asked, body => body.Contains("Whichever is the latest", StringComparison.Ordinal) && body.Contains("Offered slot 3", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AToolCallThatMakesNoSenseIsReadOfflineAndTheBookingStillCompletes()
    {
        var company = await CalendarCompany.CreateAsync(app);
        var call = await company.RingAsync(app);
        app.Model.AnswerWithToolCalls(
            ("find_slots", """{"date":"1999-01-01","time":"10:00","part_of_day":null,"appointment_type":null}"""), // long past
            ("choose_offered", """{"index":7}""")); // only three were offered

        var offer = await call.SayAsync("I'd like to book a haircut in three days at 10 am please.");
        var booked = await call.SayAsync("The second one.");

        Assert.Contains("at 10 am, 9:30 am or 10:30 am", offer.Spoken, StringComparison.Ordinal);
        Assert.True(booked.HangsUp, booked.Spoken);
        var items = (await (await company.Api.GetAsync($"/api/appointments?day={CalendarCompany.Day(3)}")).JsonAsync(HttpStatusCode.OK)).GetProperty("items");
        Assert.Equal("09:30", Assert.Single(items.EnumerateArray()).GetProperty("start").GetString());
        var turns = await CallLogAsync(company, call);
        Assert.Equal(2, turns.Count(line => line.Contains("Booking turn read offline", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task AModelThatFailsCostsTheCallerNothing()
    {
        var company = await CalendarCompany.CreateAsync(app);
        var call = await company.RingAsync(app);
        app.Model.AnswerWithToolCalls(("find_slots", "{not json"), ("no_such_tool", "{}"));

        var offer = await call.SayAsync("I'd like to book a haircut in three days at 10 am please.");
        var booked = await call.SayAsync("The first one.");

        Assert.Contains("I can offer", offer.Spoken, StringComparison.Ordinal);
        Assert.Contains("Your reference is", booked.Spoken, StringComparison.Ordinal);
    }

    /// <summary>Every line of the call's log (turns and events), as text.</summary>
    private static async Task<List<string>> CallLogAsync(CalendarCompany company, SimulatedCall call)
    {
        var logged = await (await company.Api.GetAsync($"/api/calls/{call.CallSid}")).JsonAsync(HttpStatusCode.OK);
        return [.. logged.GetProperty("turns").EnumerateArray().Select(turn => turn.GetProperty("text").GetString() ?? "")];
    }
}
