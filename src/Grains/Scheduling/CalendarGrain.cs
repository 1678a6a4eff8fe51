using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Concierge.Grains.Interfaces.Companies;
using Concierge.Grains.Interfaces.Scheduling;
using Orleans;
using Orleans.Runtime;

namespace Concierge.Grains.Scheduling;

/// <summary>
/// A company's calendar: its settings, and the checks a slot must pass before its day grain is asked (a type the
/// calendar offers, an opening, on the grid, in the future, within the horizon). Booking, moving and cancelling only
/// read the settings, so they run side by side; the day grains decide who gets a slot.
/// </summary>
[GrainType("calendar")]
public sealed class CalendarGrain(
    [PersistentState("calendar", GrainStorage.Name)] IPersistentState<CalendarState> state,
    TimeProvider time) : Grain, ICalendarGrain
{
    private const int AlternativesOffered = 3;

    private CalendarSettings Settings => state.State.Settings ?? CalendarSettings.Default;

    private string CompanyId => this.GetPrimaryKeyString();

    public Task<CalendarSettings> GetSettingsAsync() => Task.FromResult(Settings);

    public async Task<CalendarSettings> ConfigureAsync(CalendarSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        state.State.Settings = settings;
        await state.WriteStateAsync();
        return settings;
    }

    public async Task<string> RotateFeedTokenAsync()
    {
        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        state.State.FeedTokenHash = Hash(token);
        await state.WriteStateAsync();
        return token;
    }

    public Task<bool> IsFeedTokenAsync(string token) => Task.FromResult(
        state.State.FeedTokenHash is { } stored && token is { Length: <= 64 }
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(stored), Encoding.ASCII.GetBytes(Hash(token))));

    public async Task<IReadOnlyList<FreeSlot>> FindSlotsAsync(SlotSearch search)
    {
        ArgumentNullException.ThrowIfNull(search);
        return Settings.Type(search.TypeName) is { } type ? await FreeSlotsAsync(search, type, await ZoneAsync()) : [];
    }

    public async Task<BookingOutcome> BookAsync(BookingRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var zone = await ZoneAsync();
        if (Check(request.Date, request.Start, request.TypeName, zone) is { } refusal)
        {
            return refusal;
        }

        var type = Settings.Type(request.TypeName)!;
        var outcome = await Day(request.Date).BookAsync(new DaySlot(request.Start, type, zone.Id, request.CallerPhone, request.CallerName, Settings.ReminderMinutes, request.Language));
        return await WithAlternativesAsync(outcome, request.Date, request.Start, type, zone);
    }

    public async Task<BookingOutcome> MoveAsync(string reference, DateOnly day, TimeOnly start)
    {
        var zone = await ZoneAsync();
        if (await FindAsync(reference, zone) is not { IsBooked: true } appointment)
        {
            return BookingOutcome.NotFound;
        }

        var date = day;
        if (Check(date, start, appointment.TypeName, zone) is { } refusal)
        {
            return refusal;
        }

        var type = Settings.Type(appointment.TypeName)!;
        var slot = new DaySlot(start, type, zone.Id, appointment.CallerPhone, appointment.CallerName, Settings.ReminderMinutes);
        if (date == appointment.Date)
        {
            return await WithAlternativesAsync(await Day(date).MoveAsync(reference, slot), date, start, type, zone);
        }

        // Booked on the new day first: a failure in between leaves the caller two appointments, never none.
        var booked = await Day(date).BookAsync(slot);
        if (booked.Result == BookingResult.Booked)
        {
            await Day(appointment.Date).CancelAsync(reference, movedTo: booked.Appointment!.Reference);
        }

        return await WithAlternativesAsync(booked, date, start, type, zone);
    }

    public async Task<BookingOutcome> CancelAsync(string reference)
    {
        var date = AppointmentReference.DateOf(reference, Today(await ZoneAsync()));
        return date is null ? BookingOutcome.NotFound : await Day(date.Value).CancelAsync(reference);
    }

    public async Task<Appointment?> GetAsync(string reference) => await FindAsync(reference, await ZoneAsync());

    public async Task<IReadOnlyList<Appointment>> FindByCallerAsync(string callerPhone)
    {
        var today = Today(await ZoneAsync());
        var now = time.GetUtcNow();
        var days = await Task.WhenAll(Enumerable.Range(0, Settings.HorizonDays + 1).Select(offset => Day(today.AddDays(offset)).ListAsync()));
        return [.. days.SelectMany(day => day).Where(a => a.IsBooked && a.CallerPhone == callerPhone && a.StartsAt > now).OrderBy(a => a.StartsAt)];
    }

    private async Task<Appointment?> FindAsync(string reference, TimeZoneInfo zone) =>
        AppointmentReference.DateOf(reference, Today(zone)) is { } date
            ? (await Day(date).ListAsync()).FirstOrDefault(a => a.Reference == reference)
            : null;

    private BookingOutcome? Check(DateOnly date, TimeOnly start, string? typeName, TimeZoneInfo zone)
    {
        var settings = Settings;
        if (settings.Type(typeName) is not { } type)
        {
            return BookingOutcome.Refused("type", $"This calendar has no appointment type '{typeName}'.");
        }

        var today = Today(zone);
        if (date < today || date.DayNumber - today.DayNumber > settings.HorizonDays)
        {
            return BookingOutcome.Refused("date", $"Appointments can be booked from today up to {settings.HorizonDays} days ahead.");
        }

        var hours = settings.HoursOn(date);
        if (hours.Count == 0)
        {
            return BookingOutcome.Refused("date", "The company is closed that day.");
        }

        var local = date.ToDateTime(start);
        if (!SlotGrid.IsStart(hours, type, start) || zone.IsInvalidTime(local))
        {
            return BookingOutcome.Refused("start", $"A {type.Name} starts at one of the calendar's slots within its opening hours.");
        }

        return TimeZoneInfo.ConvertTimeToUtc(local, zone) <= time.GetUtcNow().UtcDateTime
            ? BookingOutcome.Refused("start", "That time has passed.")
            : null;
    }

    private async Task<BookingOutcome> WithAlternativesAsync(BookingOutcome outcome, DateOnly date, TimeOnly start, AppointmentType type, TimeZoneInfo zone) =>
        outcome.Result == BookingResult.Taken
            ? outcome with { Alternatives = await FreeSlotsAsync(new SlotSearch(date, start, null, type.Name, AlternativesOffered), type, zone) }
            : outcome;

    private async Task<IReadOnlyList<FreeSlot>> FreeSlotsAsync(SlotSearch search, AppointmentType type, TimeZoneInfo zone)
    {
        var settings = Settings;
        var now = time.GetUtcNow();
        var today = Today(zone);
        var found = new List<FreeSlot>();
        var from = search.From < today ? today : search.From;
        for (var date = from; date.DayNumber - today.DayNumber <= settings.HorizonDays && found.Count < search.Count; date = date.AddDays(1))
        {
            var hours = settings.HoursOn(date);
            if (hours.Count == 0)
            {
                continue;
            }

            var booked = await Day(date).ListAsync();
            var free = SlotGrid.Starts(hours, type)
                .Where(start => search.Part is null || SlotGrid.PartOf(start) == search.Part)
                .Where(start => !SlotGrid.Overlaps(booked, start, type))
                .Select(start => (Start: start, Local: date.ToDateTime(start)))
                .Where(slot => !zone.IsInvalidTime(slot.Local) && TimeZoneInfo.ConvertTimeToUtc(slot.Local, zone) > now.UtcDateTime)
                .OrderBy(slot => search.Near is { } near ? Math.Abs(slot.Start.Ticks - near.Ticks) : 0) // TimeOnly subtraction wraps round midnight
                .ThenBy(slot => slot.Start);
            found.AddRange(free.Take(search.Count - found.Count)
                .Select(slot => new FreeSlot(date, slot.Start, new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(slot.Local, zone)), type.Name)));
        }

        return found;
    }

    private static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private IAppointmentDayGrain Day(DateOnly date) => GrainFactory.GetGrain<IAppointmentDayGrain>(AppointmentDays.Key(CompanyId, date));

    private async Task<TimeZoneInfo> ZoneAsync() => CompanyTimeZone.Of(await GrainFactory.GetGrain<ICompanyGrain>(CompanyId).GetSettingsAsync());

    private DateOnly Today(TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone).DateTime);
}
