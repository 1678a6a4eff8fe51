using Concierge.Grains.Interfaces.Scheduling;
using Concierge.Silo.Scheduling;
using Concierge.WebFront.Api;
using Concierge.WebFront.Dashboard.CalendarView;
using Microsoft.AspNetCore.Mvc;
using Orleans;

namespace Concierge.WebFront.Dashboard.Pages.Calendar;

/// <summary>
/// The company's appointments by day or by week in its time zone, read as <c>/api/appointments</c> reads them;
/// cancelling goes through the calendar grain, and the ICS feed's secret address is replaced here as
/// <c>POST /api/calendar/feed</c> does.
/// </summary>
public sealed class CalendarModel(IGrainFactory grains, AppointmentQueries appointments, TimeProvider time) : DashboardPage
{
    [BindProperty(SupportsGet = true)]
    public string? View { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Date { get; set; }

    [BindProperty]
    public string? Reference { get; set; }

    public CalendarRange? Range { get; private set; }

    public CalendarDays? Days { get; private set; }

    public DateOnly Today => Clock.Today(time.GetUtcNow());

    /// <summary>The feed's new address, shown once right after it was made: only its hash is kept.</summary>
    public Uri? FeedUrl { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var validation = new Validation();
        Range = CalendarRange.Read(validation, View, Date, Today);
        if (Range is null)
        {
            return Invalid(validation);
        }

        Days = await CalendarDays.LoadAsync(appointments, CompanyId, Range, Clock, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostCancelAsync()
    {
        var cancelled = AppointmentReference.IsWellFormed(Reference)
            ? (await grains.GetGrain<ICalendarGrain>(CompanyId).CancelAsync(Reference!)).Appointment
            : null;
        Notice = cancelled is null
            ? "No such appointment: nothing was cancelled."
            : $"Cancelled appointment {cancelled.Reference} ({AppointmentLabels.When(cancelled)}).";
        return Redirect(CalendarRange.Link(ReturnView(), ReturnDate()));
    }

    public async Task<IActionResult> OnPostFeedAsync(CancellationToken cancellationToken)
    {
        var token = await grains.GetGrain<ICalendarGrain>(CompanyId).RotateFeedTokenAsync();
        FeedUrl = CalendarApi.FeedUrl(Request, CompanyId, token);
        Range = CalendarRange.Read(new Validation(), null, null, Today)!;
        Days = await CalendarDays.LoadAsync(appointments, CompanyId, Range, Clock, cancellationToken);
        return Page();
    }

    private string ReturnView() => View == CalendarRange.Week ? CalendarRange.Week : CalendarRange.Day;

    private DateOnly ReturnDate() => AppointmentRules.Date(new Validation(), "date", Date) ?? Today;
}
