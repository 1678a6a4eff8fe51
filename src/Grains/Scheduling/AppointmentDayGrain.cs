using System.Globalization;
using Concierge.Grains.Interfaces.Companies;
using Concierge.Grains.Interfaces.Projections;
using Concierge.Grains.Interfaces.Scheduling;
using Orleans;
using Orleans.Runtime;

namespace Concierge.Grains.Scheduling;

/// <summary>
/// One company's appointments on one day. It checks only what the day knows (is the slot free?); the calendar grain has
/// already checked the slot against opening hours, types and the horizon. Each change is saved with its list row.
/// </summary>
[GrainType("appointment-day")]
public sealed class AppointmentDayGrain(
    [PersistentState("appointment-day", GrainStorage.Name)] IPersistentState<AppointmentDayState> state,
    IProjectionWriter projections,
    TimeProvider time) : Grain, IAppointmentDayGrain
{
    private List<Appointment> Appointments => state.State.Appointments;

    private (string CompanyId, DateOnly Date) Key
    {
        get
        {
            var key = this.GetPrimaryKeyString();
            var slash = key.LastIndexOf('/');
            return (key[..slash], DateOnly.ParseExact(key[(slash + 1)..], "yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
    }

    public async Task<BookingOutcome> BookAsync(DaySlot slot)
    {
        ArgumentNullException.ThrowIfNull(slot);
        if (SlotGrid.Overlaps(Appointments, slot.Start, slot.Type))
        {
            return new BookingOutcome(BookingResult.Taken, null, []);
        }

        var (companyId, date) = Key;
        var reference = AppointmentReference.New(date, [.. Appointments.Select(a => a.Reference)]);
        var appointment = new Appointment(
            companyId, reference, date, slot.Start, StartsAt(date, slot), slot.Type.Name, slot.Type.DurationMinutes, slot.Type.BufferMinutes,
            slot.CallerPhone, slot.CallerName, AppointmentStatuses.Booked, time.GetUtcNow());
        Appointments.Add(appointment);
        await SaveAsync(appointment);
        return BookingOutcome.Booked(appointment);
    }

    public async Task<BookingOutcome> MoveAsync(string reference, DaySlot slot)
    {
        ArgumentNullException.ThrowIfNull(slot);
        if (Booked(reference) is not { } appointment)
        {
            return BookingOutcome.NotFound;
        }

        if (SlotGrid.Overlaps(Appointments, slot.Start, slot.Type, except: reference))
        {
            return new BookingOutcome(BookingResult.Taken, null, []);
        }

        var (_, date) = Key;
        var moved = appointment with
        {
            Start = slot.Start, StartsAt = StartsAt(date, slot), TypeName = slot.Type.Name,
            DurationMinutes = slot.Type.DurationMinutes, BufferMinutes = slot.Type.BufferMinutes,
        };
        Appointments[Appointments.IndexOf(appointment)] = moved;
        await SaveAsync(moved);
        return BookingOutcome.Booked(moved);
    }

    public async Task<BookingOutcome> CancelAsync(string reference, string? movedTo = null)
    {
        var appointment = Appointments.Find(a => a.Reference == reference);
        if (appointment is null)
        {
            return BookingOutcome.NotFound;
        }

        if (appointment.IsBooked)
        {
            var cancelled = appointment with { Status = movedTo is null ? AppointmentStatuses.Cancelled : AppointmentStatuses.Moved, MovedTo = movedTo };
            Appointments[Appointments.IndexOf(appointment)] = cancelled;
            await SaveAsync(cancelled);
            appointment = cancelled;
        }

        return new BookingOutcome(BookingResult.Booked, appointment, []);
    }

    public Task<IReadOnlyList<Appointment>> ListAsync() => Task.FromResult<IReadOnlyList<Appointment>>([.. Appointments]);

    private Appointment? Booked(string reference) => Appointments.Find(a => a.Reference == reference && a.IsBooked);

    private static DateTimeOffset StartsAt(DateOnly date, DaySlot slot)
    {
        var zone = CompanyTimeZone.Find(slot.TimeZone) ?? TimeZoneInfo.Utc;
        var local = date.ToDateTime(slot.Start, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    private Task SaveAsync(Appointment changed)
    {
        projections.Upsert(AppointmentRows.Of(changed, time.GetUtcNow()));
        return state.WriteStateAsync();
    }
}
