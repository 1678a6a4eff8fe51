using Concierge.WebFront.Api;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Concierge.WebFront.Dashboard;

/// <summary>What every signed-in page has: the company it shows, its form's errors, and a notice carried over a redirect.</summary>
public abstract class DashboardPage : PageModel
{
    public FieldErrors Errors { get; private set; } = FieldErrors.None;

    /// <summary>Said once on the next page after a change (e.g. "Added Mum").</summary>
    [TempData]
    public string? Notice { get; set; }

    protected string CompanyId => User.CompanyId();

    /// <summary>Shows the page again with <paramref name="validation"/>'s messages next to their fields (400).</summary>
    protected PageResult Invalid(Validation validation)
    {
        Errors = new FieldErrors(validation.Errors);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>The page with nothing to show (an unknown call or caller), answered as a 404.</summary>
    protected PageResult Missing()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }
}
