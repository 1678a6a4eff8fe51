using Concierge.Grains.Interfaces.Leads;
using Concierge.WebFront.Leads;
using Microsoft.AspNetCore.Mvc;
using Orleans;

namespace Concierge.WebFront.Dashboard.Pages.Leads;

/// <summary>One lead: consent, where it stands, the answers, score and summary, the transcript and the calls placed; cancel it or erase its personal data.</summary>
public sealed class LeadDetailModel(IGrainFactory grains) : DashboardPage
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    public LeadRecord? Lead { get; private set; }

    public async Task<IActionResult> OnGetAsync() => (Lead = await LeadsApi.FindAsync(grains, Id, CompanyId)) is null ? Missing() : Page();

    /// <summary>No further call is placed; a closed lead stays as it is.</summary>
    public Task<IActionResult> OnPostCancelAsync() => ChangeAsync(erase: false);

    /// <summary>Cancels the lead if it is open, and erases its personal data (name, number, e-mail, notes, answers, transcript).</summary>
    public Task<IActionResult> OnPostEraseAsync() => ChangeAsync(erase: true);

    private async Task<IActionResult> ChangeAsync(bool erase)
    {
        if (await LeadsApi.FindAsync(grains, Id, CompanyId) is null)
        {
            return Missing();
        }

        var lead = (await grains.GetGrain<ILeadGrain>(Id).CancelAsync(erase))!;
        Notice = erase ? "The lead's personal data was erased." : lead.Status == LeadStatuses.Cancelled ? "The lead was cancelled: it will not be called." : $"The lead is already {lead.Status}.";
        return RedirectToPage("/Leads/Detail", new { id = Id });
    }
}
