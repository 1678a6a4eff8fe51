using System.Globalization;
using Concierge.Grains.Interfaces.Companies;
using Concierge.Grains.Interfaces.Projections;
using Concierge.Grains.Interfaces.Scheduling;
using Concierge.Grains.Interfaces.Telephony;
using Microsoft.Extensions.Options;
using Orleans;
using Orleans.Runtime;

namespace Concierge.Grains.Scheduling;

/// <summary>
/// One company's appointments on one day. It checks only what the day knows (is the slot free?); the calendar grain has
/// already checked the slot against opening hours, types and the horizon. Each change is saved with its list row and
/// the texts it calls for, which a timer sends once the turn is over (<see cref="AppointmentTextSending"/>).
/// </summary>
[GrainType("appointment-day")]
public sealed class AppointmentDayGrain(
    [PersistentState("appointment-day", GrainStorage.Name)] IPersistentState<AppointmentDayState> state,
    IProjectionWriter projections,
    ITelephony telephony,
    IOptions<AppointmentsOptions> options,
    TimeProvider time) : Grain, IAppointmentDayGrain
{
    // Texts due later than this are left to the sweep, which reactivates the grain then: no activation lives for days.
    private static readonly TimeSpan LongestTimer = TimeSpan.FromMinutes(10);

    private IGrainTimer? timer;

    private List<Appointment> Appointments => state.State.Appointments;

    private AppointmentOutbox Outbox => new(state.State.Texts);

    private (string CompanyId, DateOnly Date) Key
    {
        get
        {
            var key = this.GetPrimaryKeyString();
            var slash = key.LastIndexOf('/');
            return (key[..slash], DateOnly.ParseExact(key[(slash + 1)..], "yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
    }

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        ScheduleTexts();
        return Task.CompletedTask;
    }

    public async Task<BookingOutcome> BookAsync(DaySlot slot)
    {
        ArgumentNullException.ThrowIfNull(slot);
        if (SlotGrid.Overlaps(Appointments, slot.Start, slot.Type))
        {
            return new BookingOutcome(BookingResult.Taken, null, []);
        }

        var (companyId, date) = Key;
        var now = time.GetUtcNow();
        var reference = AppointmentReference.New(date, [.. Appointments.Select(a => a.Reference)]);
        var appointment = new Appointment(
            companyId, reference, date, slot.Start, StartsAt(date, slot), slot.Type.Name, slot.Type.DurationMinutes, slot.Type.BufferMinutes,
            slot.CallerPhone, slot.CallerName, AppointmentStatuses.Booked, now);
        Appointments.Add(appointment);
        Outbox.Plan(appointment, slot.ReminderMinutes, slot.Language ?? await CompanyLanguageAsync(), now);
        await SaveAsync(appointment);
        return BookingOutcome.Booked(appointment);
    }

    public async Task<BookingOutcome> MoveAsync(string reference, DaySlot slot)
    {
        ArgumentNullException.ThrowIfNull(slot);
        if (Appointments.Find(a => a.Reference == reference && a.IsBooked) is not { } appointment)
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
        var language = Outbox.LanguageOf(reference) ?? slot.Language ?? await CompanyLanguageAsync();
        Outbox.Drop(reference);
        Outbox.Plan(moved, slot.ReminderMinutes, language, time.GetUtcNow());
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
            Outbox.Drop(reference);
            await SaveAsync(cancelled);
            appointment = cancelled;
        }

        return new BookingOutcome(BookingResult.Booked, appointment, []);
    }

    public Task<IReadOnlyList<Appointment>> ListAsync() => Task.FromResult<IReadOnlyList<Appointment>>([.. Appointments]);

    public Task ResumeAsync()
    {
        ScheduleTexts();
        return Task.CompletedTask;
    }

    private async Task SendDueTextsAsync(CancellationToken cancellationToken)
    {
        using var firing = timer; // disposed once this firing ends: disposing it now would cancel the token
        timer = null;
        var sending = new AppointmentTextSending(telephony, options.Value, time);
        foreach (var text in Outbox.Due(time.GetUtcNow()))
        {
            var appointment = Appointments.Find(a => a.Reference == text.Reference)!;
            var company = await GrainFactory.GetGrain<ICompanyGrain>(appointment.CompanyId).GetSettingsAsync();
            await sending.SendAsync(text, appointment, company, () => SaveAsync(appointment), cancellationToken);
            await SaveAsync(appointment);
        }

        ScheduleTexts();
    }

    private void ScheduleTexts()
    {
        if (timer is not null || Outbox.NextDue() is not { } next)
        {
            return;
        }

        var due = next - time.GetUtcNow();
        if (due <= LongestTimer)
        {
            timer = this.RegisterGrainTimer(SendDueTextsAsync, new GrainTimerCreationOptions(due > TimeSpan.Zero ? due : TimeSpan.Zero, Timeout.InfiniteTimeSpan));
        }
    }

    private async Task<string> CompanyLanguageAsync() =>
        (await GrainFactory.GetGrain<ICompanyGrain>(Key.CompanyId).GetSettingsAsync())?.Languages is [var first, ..] ? first : "en-US";

    private static DateTimeOffset StartsAt(DateOnly date, DaySlot slot)
    {
        var zone = CompanyTimeZone.Find(slot.TimeZone) ?? TimeZoneInfo.Utc;
        var local = date.ToDateTime(slot.Start, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    private async Task SaveAsync(Appointment changed)
    {
        projections.Upsert(AppointmentRows.Of(changed, Outbox.NextDue(changed.Reference), time.GetUtcNow()));
        await state.WriteStateAsync();
        ScheduleTexts();
    }
}
