using Concierge.Grains.Interfaces.Scheduling;
using Concierge.WebFront.Api;
using Concierge.WebFront.Dashboard.CalendarView;
using Microsoft.AspNetCore.Mvc;
using Orleans;

namespace Concierge.WebFront.Dashboard.Pages.Calendar;

/// <summary>The calendar's opening hours, appointment types, closed days and horizon, saved with <c>PUT /api/calendar</c>'s rules.</summary>
public sealed class CalendarSettingsModel(IGrainFactory grains) : DashboardPage
{
    [BindProperty]
    public CalendarFields Fields { get; set; } = new();

    public async Task OnGetAsync() => Fields = CalendarFields.Of(await CalendarGrain.GetSettingsAsync());

    public async Task<IActionResult> OnPostAsync()
    {
        var validation = new Validation();
        if (Fields.ToSettings(validation) is not { } settings)
        {
            return Invalid(validation);
        }

        await CalendarGrain.ConfigureAsync(settings);
        Notice = "Calendar saved. Appointments already booked stay as they are.";
        return RedirectToPage();
    }

    private ICalendarGrain CalendarGrain => grains.GetGrain<ICalendarGrain>(CompanyId);
}
