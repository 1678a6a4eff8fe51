using Concierge.WebFront.Leads;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Orleans;

namespace Concierge.WebFront.Dashboard.Pages.Intake;

/// <summary>Where the intake form leads once the request is recorded: a thank-you in the company's language.</summary>
[AllowAnonymous]
[EnableRateLimiting(IntakeRateLimit.Name)]
public sealed class IntakeThanksModel(IGrainFactory grains) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string CompanyId { get; set; } = "";

    public IntakeCompany? Company { get; private set; }

    public async Task OnGetAsync()
    {
        Company = await IntakeCompany.FindAsync(grains, CompanyId);
        if (Company is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }
}
