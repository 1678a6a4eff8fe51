using Concierge.WebFront.Api;
using Microsoft.AspNetCore.Mvc;
using Orleans;

namespace Concierge.WebFront.Dashboard.Pages;

/// <summary>The company's settings, saved through its grain with the REST API's rules (<see cref="OwnSettings"/>).</summary>
public sealed class SettingsModel(IGrainFactory grains) : DashboardPage
{
    [BindProperty]
    public SettingsFields Fields { get; set; } = new();

    /// <summary>The zones the page offers: this machine's time-zone database (IANA ids).</summary>
    public static IReadOnlyList<string> TimeZones { get; } = [.. TimeZoneInfo.GetSystemTimeZones().Select(z => z.Id).Order(StringComparer.Ordinal)];

    public IActionResult OnGet()
    {
        if (Settings is null)
        {
            return Missing();
        }

        Fields = SettingsFields.Of(Settings);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (Settings is null)
        {
            return Missing();
        }

        var validation = new Validation();
        var saved = await OwnSettings.SaveAsync(grains, CompanyId, Fields.ToInput(Settings, validation), validation);
        if (saved is null)
        {
            return Invalid(validation);
        }

        Notice = "Settings saved. New calls use them from now on.";
        return RedirectToPage();
    }
}
