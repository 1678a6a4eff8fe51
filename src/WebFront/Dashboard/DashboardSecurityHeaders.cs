using Microsoft.AspNetCore.Mvc.Filters;

namespace Concierge.WebFront.Dashboard;

/// <summary>
/// Headers on every dashboard page: nothing may load from elsewhere (no CDN, font or script from another origin, no
/// inline script), the pages cannot be framed, and the referrer (paths hold phone numbers) never leaves the site.
/// </summary>
public sealed class DashboardSecurityHeaders : IResultFilter
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; " +
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    public void OnResultExecuting(ResultExecutingContext context)
    {
        var headers = context.HttpContext.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "same-origin";
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }
}
