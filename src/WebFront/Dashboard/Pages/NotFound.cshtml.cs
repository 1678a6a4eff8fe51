using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Concierge.WebFront.Dashboard.Pages;

/// <summary>
/// What a browser gets for an address nothing answers (the dashboard's fallback): a page in the dashboard's layout with a
/// link home, not a JSON problem a person cannot read. Machines' paths never come here (<see cref="PersonPathConstraint"/>).
/// </summary>
[IgnoreAntiforgeryToken] // it takes no input: a stray POST gets its 404, not an antiforgery 400
public sealed class NotFoundModel : PageModel
{
    public string Path => Request.Path.Value ?? "/";

    public async Task<IActionResult> OnGetAsync()
    {
        // The page is open to anyone (a mistyped address is no secret); a signed-in owner still gets their navigation.
        var session = await HttpContext.AuthenticateAsync(DashboardAuthentication.Scheme);
        if (session.Succeeded)
        {
            HttpContext.User = session.Principal;
        }

        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }

    /// <summary>
    /// Another method than GET has no handler here: 405 with the methods a known address answers (a POST to the call
    /// list), else a plain 404 (ProblemDetails), as before this page existed.
    /// </summary>
    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        if (context.HandlerMethod is null)
        {
            var allowed = AddressMethods.At(HttpContext.RequestServices.GetRequiredService<EndpointDataSource>(), Request.Path);
            if (allowed.Count > 0)
            {
                Response.Headers.Allow = string.Join(", ", allowed);
                context.Result = StatusCode(StatusCodes.Status405MethodNotAllowed);
            }
            else
            {
                context.Result = NotFound();
            }
        }
    }
}
