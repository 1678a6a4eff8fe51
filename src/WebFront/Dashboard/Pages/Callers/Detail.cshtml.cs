using Concierge.Grains.Interfaces.Callers;
using Concierge.WebFront.Api;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Orleans;

namespace Concierge.WebFront.Dashboard.Pages.Callers;

/// <summary>One caller: their history across calls, and block or unblock.</summary>
public sealed class CallerDetailModel(IGrainFactory grains) : DashboardPage
{
    [BindProperty(SupportsGet = true)]
    public string Phone { get; set; } = "";

    [BindProperty]
    public string? Reason { get; set; }

    public CallerProfile? Profile { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var caller = await CallerRules.FindAsync(new Validation(), grains, CompanyId, Phone);
        Profile = caller is null ? null : await caller.GetAsync();
        return Profile is not null && CallerRules.IsKnown(Profile) ? Page() : NotKnown();
    }

    public async Task<IActionResult> OnPostBlockAsync()
    {
        var validation = new Validation();
        var caller = await CallerRules.FindAsync(validation, grains, CompanyId, Phone);
        var reason = CallerRules.BlockReason(validation, Reason);
        if (caller is null || !validation.IsValid)
        {
            Profile = caller is null ? null : await caller.GetAsync();
            return Profile is null ? NotKnown() : Invalid(validation);
        }

        await caller.BlockAsync(reason);
        Notice = $"{Phone} is blocked.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostUnblockAsync()
    {
        var caller = await CallerRules.FindAsync(new Validation(), grains, CompanyId, Phone);
        if (caller is null)
        {
            return NotKnown();
        }

        await caller.UnblockAsync();
        Notice = $"{Phone} is unblocked.";
        return RedirectToPage();
    }

    private PageResult NotKnown()
    {
        Profile = null;
        return Missing();
    }
}
