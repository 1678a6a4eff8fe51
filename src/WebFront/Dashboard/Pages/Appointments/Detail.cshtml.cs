using Concierge.Grains.Interfaces.Scheduling;
using Concierge.WebFront.Api;
using Concierge.WebFront.Dashboard.CalendarView;
using Microsoft.AspNetCore.Mvc;
using Orleans;

namespace Concierge.WebFront.Dashboard.Pages.Appointments;

/// <summary>
/// One appointment, and moving it to a free slot the calendar grain offers (or any day and time typed in), under the
/// same rules as <c>PUT /api/appointments/{reference}</c>: a slot taken meanwhile offers the nearest free ones instead.
/// Another company's reference is not found.
/// </summary>
public sealed class AppointmentModel(IGrainFactory grains, TimeProvider time) : DashboardPage
{
    private const int SlotsOffered = 6;

    [BindProperty(SupportsGet = true)]
    public string Reference { get; set; } = "";

    [BindProperty]
    public string? Date { get; set; }

    [BindProperty]
    public string? Start { get; set; }

    public Appointment? Appointment { get; private set; }

    /// <summary>Free slots to move to: the nearest to the appointment's time, or the alternatives to a slot just taken.</summary>
    public IReadOnlyList<FreeSlot> Slots { get; private set; } = [];

    /// <summary>True when the slot asked for was taken meanwhile (<see cref="Slots"/> are then the nearest free ones).</summary>
    public bool Taken { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return Missing();
        }

        Slots = await OfferAsync(Appointment!);
        return Page();
    }

    public async Task<IActionResult> OnPostMoveAsync()
    {
        if (!await LoadAsync())
        {
            return Missing();
        }

        var validation = new Validation();
        var date = AppointmentRules.Date(validation, "date", Date);
        var start = AppointmentRules.Time(validation, "start", Start);
        var outcome = validation.IsValid ? await CalendarGrain.MoveAsync(Reference, date!.Value, start!.Value) : null;
        switch (outcome)
        {
            case { Result: BookingResult.Booked, Appointment: { } moved }:
                Notice = $"Moved to {AppointmentLabels.When(moved)}" + (moved.Reference == Reference ? "." : $": its new reference is {moved.Reference}.");
                return Redirect(AppointmentLabels.Link(moved.Reference));
            case { Result: BookingResult.Taken }:
                Taken = true;
                Slots = outcome.Alternatives;
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
            case { Result: BookingResult.Refused }:
                validation.Add(outcome.Field ?? "start", outcome.Problem ?? "That slot cannot be booked.");
                break;
            case { Result: BookingResult.NotFound }:
                return Missing();
        }

        Slots = await OfferAsync(Appointment!);
        return Invalid(validation);
    }

    private ICalendarGrain CalendarGrain => grains.GetGrain<ICalendarGrain>(CompanyId);

    private async Task<bool> LoadAsync()
    {
        Appointment = AppointmentReference.IsWellFormed(Reference) ? await CalendarGrain.GetAsync(Reference) : null;
        return Appointment is not null;
    }

    /// <summary>Free slots from the appointment's day (or today, when that has passed), nearest its time first.</summary>
    private async Task<IReadOnlyList<FreeSlot>> OfferAsync(Appointment appointment)
    {
        if (!appointment.IsBooked)
        {
            return [];
        }

        var today = Clock.Today(time.GetUtcNow());
        var from = appointment.Date < today ? today : appointment.Date;
        return await CalendarGrain.FindSlotsAsync(new SlotSearch(from, appointment.Start, TypeName: appointment.TypeName, Count: SlotsOffered));
    }
}
