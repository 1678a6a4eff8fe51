using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Concierge.WebFront.Dashboard.Pages;

/// <summary>
/// Ends the dashboard sessions of this key, on the server as well as in this browser: a copy of the cookie kept elsewhere
/// stops working too. Only a POST (with its antiforgery token) signs out, so no link elsewhere can.
/// </summary>
public sealed class SignOutModel(DashboardSessions sessions) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await sessions.EndAsync(User);
        await HttpContext.SignOutAsync(DashboardAuthentication.Scheme);
        return RedirectToPage("/SignIn", new { signedOut = true });
    }
}
