using Concierge.Grains.Interfaces.Companies;
using Concierge.Silo.Queries;
using Concierge.WebFront.Api;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Concierge.WebFront.Dashboard.Pages;

/// <summary>Exchanges a company API key for the dashboard cookie; a wrong key is refused with a message and no cookie.</summary>
public sealed partial class SignInModel(
    CompanyDirectory directory, DashboardSessions sessions, FailedKeyThrottle throttle, ILogger<SignInModel> logger) : PageModel
{
    [BindProperty]
    public string? Key { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool SignedOut { get; set; }

    public string? Refused { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var key = Key?.Trim() ?? "";
        if (throttle.RetryAfter(HttpContext, key) is { } wait)
        {
            // The same count as the REST API's; checked before the key, so a right guess looks like a wrong one.
            var seconds = ApiKeyAuthentication.RetryAfterSeconds(wait);
            LogThrottled();
            Refused = $"Too many wrong keys from here. Try again in {seconds} seconds.";
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = seconds;
            return Page();
        }

        var owner = await CompanyKeys.OwnerAsync(directory, key, cancellationToken);
        var session = owner is null ? null : await sessions.OpenAsync(owner, ApiKeys.Hash(key));
        if (owner is null || session is null)
        {
            throttle.RecordFailure(HttpContext, key);
            LogRefused();
            Refused = "That API key was not accepted. Check it and try again.";
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Page();
        }

        await HttpContext.SignInAsync(DashboardAuthentication.Scheme, session);
        LogSignedIn(owner.CompanyId);
        return LocalRedirect(ReturnUrl is { } url && Url.IsLocalUrl(url) ? url : "/");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dashboard sign-in refused: unknown API key")]
    private partial void LogRefused();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dashboard sign-in refused: too many wrong keys from this client")]
    private partial void LogThrottled();

    [LoggerMessage(Level = LogLevel.Information, Message = "Dashboard sign-in for company {CompanyId}")]
    private partial void LogSignedIn(string companyId);
}
