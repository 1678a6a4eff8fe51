using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Concierge.WebFront.Dashboard.Pages;

/// <summary>Ends the dashboard session. Only a POST (with its antiforgery token) signs out, so no link elsewhere can.</summary>
public sealed class SignOutModel : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(DashboardAuthentication.Scheme);
        return RedirectToPage("/SignIn", new { signedOut = true });
    }
}
