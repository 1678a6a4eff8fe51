using Concierge.Grains.Interfaces.Companies;
using Concierge.Grains.Interfaces.Scheduling;
using Concierge.Silo.Tests.GrainCluster;

namespace Concierge.Silo.Tests.Scheduling;

/// <summary>
/// Callers racing for the same slots on a two-silo cluster, half of them arriving through each silo: each slot goes to
/// exactly one of them, and everyone else is offered other times. The stored rows agree with the grains.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class AppointmentRaceTests(ConciergeCluster cluster)
{
    private const int Slots = 10;
    private const int Callers = 50;

    private readonly string companyId = $"race-{Guid.NewGuid():N}"[..20];

    [Fact]
    public async Task FiftyCallersRacingForTenSlotsAcrossTwoSilosEndWithTenBookingsAndFortyOfferedOtherTimes()
    {
        var day = await OpenCalendarAsync();
        var wanted = Enumerable.Range(0, Slots).Select(i => new TimeOnly(9, 0).AddMinutes(30 * i)).ToArray();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, Callers).Select(i => Task.Run(() =>
            cluster.GrainsOnSilo(i % 2).GetGrain<ICalendarGrain>(companyId)
                .BookAsync(new BookingRequest(day, wanted[i % Slots], null, $"+1415555{i:0000}", $"Caller {i}")))));

        var booked = outcomes.Where(o => o.Result == BookingResult.Booked).Select(o => o.Appointment!).ToList();
        var offered = outcomes.Select((o, i) => (Outcome: o, Lost: wanted[i % Slots])).Where(o => o.Outcome.Result == BookingResult.Taken).ToList();
        Assert.Equal(Slots, booked.Count);
        Assert.Equal(wanted, booked.Select(a => a.Start).Order());
        Assert.Equal(Callers - Slots, offered.Count);
        Assert.All(offered, o => Assert.NotEmpty(o.Outcome.Alternatives));
        // Which other slots of the day were still free when a caller lost depends on the order the calls arrived in; the
        // slot it lost never is.
        Assert.All(offered, o => Assert.DoesNotContain(o.Outcome.Alternatives, slot => slot.Date == day && slot.Start == o.Lost));
        Assert.Equal(Slots, booked.Select(a => a.Reference).Distinct().Count());

        var rows = await cluster.QueryAsync<string>(
            "SELECT reference FROM appointments WHERE company_id = @companyId AND status = 'booked'", new { companyId });
        Assert.Equal(booked.Select(a => a.Reference).Order(), rows.Order());
    }

    [Fact]
    public async Task AMoveAndANewBookingRacingForOneSlotLeaveItToOneOfThem()
    {
        var day = await OpenCalendarAsync();
        var calendar = cluster.GrainsOnSilo(0).GetGrain<ICalendarGrain>(companyId);
        var first = (await calendar.BookAsync(new BookingRequest(day, new TimeOnly(9, 0), null, "+14155550111", "Ann"))).Appointment!;

        var target = new TimeOnly(11, 0);
        var results = await Task.WhenAll(
            Task.Run(() => calendar.MoveAsync(first.Reference, day, target)),
            Task.Run(() => cluster.GrainsOnSilo(1).GetGrain<ICalendarGrain>(companyId).BookAsync(new BookingRequest(day, target, null, "+14155550112", "Bob"))));

        Assert.Single(results, r => r.Result == BookingResult.Booked);
        Assert.Single(results, r => r.Result == BookingResult.Taken);
        var list = await cluster.Grains.GetGrain<IAppointmentDayGrain>(AppointmentDays.Key(companyId, day)).ListAsync();
        Assert.Single(list, a => a.IsBooked && a.Start == target);
    }

    /// <summary>Opens every day 9:00 to 14:00 with half-hour appointments: ten slots a day. Returns a day next week.</summary>
    private async Task<DateOnly> OpenCalendarAsync()
    {
        await cluster.Grains.GetGrain<ICompanyGrain>(companyId).ConfigureAsync(
            new CompanySettings("Race", "Race", null, [], null, ["en-US"], "", TimeZone: "Europe/Paris"));
        await cluster.Grains.GetGrain<ICalendarGrain>(companyId).ConfigureAsync(new CalendarSettings(
            [.. Enum.GetValues<DayOfWeek>().Select(d => new OpeningHours(d, new TimeOnly(9, 0), new TimeOnly(14, 0)))],
            [new AppointmentType("Haircut", 30, 0)],
            [],
            HorizonDays: 30,
            BookingEnabled: true));
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris")).DateTime);
        return today.AddDays(7);
    }
}
