using System.Security.Claims;
using Concierge.Silo.Queries;
using Concierge.WebFront.Api;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Concierge.WebFront.Dashboard;

/// <summary>
/// The dashboard's session: a company API key, checked by the REST API's own lookup, exchanged for a cookie
/// (HttpOnly, SameSite=Lax, Secure over HTTPS). The cookie remembers the key's hash and every request re-checks it, so
/// revoking or replacing the key ends its sessions at once. The REST API keeps its X-Api-Key scheme: the cookie never
/// authenticates an API call, and API calls never get a sign-in redirect.
/// </summary>
public static class DashboardAuthentication
{
    public const string Scheme = "Dashboard";
    public const string Policy = "dashboard";
    public const string CookieName = "concierge-dashboard";
    public const string SignInPath = "/signin";
    public const string KeyHashClaim = "concierge:key-hash";

    /// <summary>A session lasts this long without a request (sliding).</summary>
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromHours(12);

    public static AuthenticationBuilder AddDashboardCookie(this AuthenticationBuilder authentication) =>
        authentication.AddCookie(Scheme, options =>
        {
            options.Cookie.Name = CookieName;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = IdleTimeout;
            options.SlidingExpiration = true;
            options.LoginPath = SignInPath;
            options.AccessDeniedPath = SignInPath;
            options.Events.OnRedirectToLogin = RedirectPagesOnlyAsync;
            options.Events.OnValidatePrincipal = RevalidateKeyAsync;
        });

    public static ClaimsPrincipal Principal(ApiKeyOwner owner, string keyHash) =>
        new(new ClaimsIdentity(
            [
                new Claim(ApiKeyAuthentication.CompanyClaim, owner.CompanyId),
                new Claim(ApiKeyAuthentication.KeyClaim, owner.KeyId),
                new Claim(KeyHashClaim, keyHash),
            ],
            Scheme));

    // A page navigation is sent to the sign-in form; the live event stream (read by script, not by a person) gets a plain 401.
    private static Task RedirectPagesOnlyAsync(RedirectContext<CookieAuthenticationOptions> context)
    {
        if (context.Request.Path.StartsWithSegments(DashboardEndpoints.LiveEventsPath, StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }

    private static async Task RevalidateKeyAsync(CookieValidatePrincipalContext context)
    {
        var hash = context.Principal?.FindFirstValue(KeyHashClaim);
        var company = context.Principal?.FindFirstValue(ApiKeyAuthentication.CompanyClaim);
        var directory = context.HttpContext.RequestServices.GetRequiredService<CompanyDirectory>();
        var owner = hash is null ? null : await directory.ApiKeyOwnerAsync(hash, context.HttpContext.RequestAborted);
        if (owner is null || owner.CompanyId != company)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(Scheme);
        }
    }
}
