using System.Net;
using Concierge.Simulator.Calls;
using Concierge.Simulator.Load;
using Concierge.Simulator.Scripts;
using Concierge.TestSupport;
using Concierge.WebFront.Tests.Api;
using Concierge.WebFront.Tests.Appointments;
using Concierge.WebFront.Tests.Booking;

namespace Concierge.WebFront.Tests.Simulator;

/// <summary>
/// The simulator's booking scenarios run by its load runner against the app, for a salon that takes bookings by phone:
/// each caller books, moves by the reference they heard, and cancels by caller ID, and the calendar agrees.
/// </summary>
[Collection(nameof(BookingCallTests))]
public sealed class BookingScenarioTests(AppointmentsApp app) : IClassFixture<AppointmentsApp>
{
    [Theory]
    [InlineData("booking")]
    [InlineData("booking-fr")]
    public async Task BookingCallerBooksMovesByReferenceAndCancelsByCallerId(string scenario)
    {
        var company = await CalendarCompany.CreateAsync(app, bookingEnabled: true, "en-US", "fr-FR");
        var plan = new LoadPlan(1, 1, CallerScripts.Named(scenario), company.Number, new OwnerBehaviour());

        var report = await new LoadRunner(app.CreateClient(), ConciergeAppFactory.Account).RunAsync(plan);

        Assert.Equal([CallOutcomes.Booked, CallOutcomes.Moved, CallOutcomes.AppointmentCancelled], report.Calls.Select(r => r.Outcome));
        var caller = report.Calls[0].Call.From;
        var booked = ReferenceHeard(report.Calls[0].Call);
        var moved = ReferenceHeard(report.Calls[1].Call);
        var first = await (await company.Api.GetAsync($"/api/appointments/{booked}")).JsonAsync(HttpStatusCode.OK);
        var second = await (await company.Api.GetAsync($"/api/appointments/{moved}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(("moved", moved), (first.GetProperty("status").GetString(), first.GetProperty("movedTo").GetString()));
        Assert.Equal(("cancelled", caller), (second.GetProperty("status").GetString(), second.GetProperty("callerPhone").GetString()));
        Assert.Contains(report.Calls[1].Call.Exchanges, e => e.Field("SpeechResult")?.Contains(string.Join(' ', booked.ToCharArray()), StringComparison.Ordinal) == true);
    }

    [Fact]
    public void BookingScenariosRunOnlyWhenNamed()
    {
        Assert.DoesNotContain(CallerScripts.Named("all"), s => s.Name.StartsWith("booking", StringComparison.Ordinal) || s.Name == "handover");
        Assert.Equal(["booking", "booking-fr", "handover"], CallerScripts.Named("booking, booking-fr, handover").Select(s => s.Name));
    }

    /// <summary>The booking reference the concierge read out on <paramref name="call"/>.</summary>
    private static string ReferenceHeard(SimulatedCall call)
    {
        var memory = new CallerMemory();
        foreach (var exchange in call.Exchanges.Where(e => e.Body.StartsWith('<')))
        {
            memory.Hear(Concierge.Simulator.Protocol.Twiml.Parse(exchange.Body));
        }

        return memory.Reference ?? throw new InvalidOperationException($"No reference was read out on {call.CallSid}.");
    }
}
