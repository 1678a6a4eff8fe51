using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Concierge.WebFront.Dashboard;

/// <summary>
/// The dashboard's session: a company API key, checked by the REST API's own lookup, exchanged for a cookie
/// (HttpOnly, SameSite=Lax, Secure over HTTPS). Every request re-checks the session on the server
/// (<see cref="DashboardSessions"/>), so signing out, or revoking or replacing the key, ends its sessions at once, and a
/// cookie replayed afterwards is refused. The REST API keeps its X-Api-Key scheme: the cookie never authenticates an API
/// call, and API calls never get a sign-in redirect.
/// </summary>
public static class DashboardAuthentication
{
    public const string Scheme = "Dashboard";
    public const string Policy = "dashboard";
    public const string CookieName = "concierge-dashboard";
    public const string SignInPath = "/signin";
    public const string KeyHashClaim = "concierge:key-hash";
    public const string SessionEpochClaim = "concierge:session-epoch";

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
            options.Events.OnValidatePrincipal = RevalidateSessionAsync;
        });

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

    private static async Task RevalidateSessionAsync(CookieValidatePrincipalContext context)
    {
        var sessions = context.HttpContext.RequestServices.GetRequiredService<DashboardSessions>();
        if (context.Principal is null || !await sessions.IsCurrentAsync(context.Principal))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(Scheme);
        }
    }
}
