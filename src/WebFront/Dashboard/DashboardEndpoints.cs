using System.Net.ServerSentEvents;
using Concierge.Grains.Interfaces.Companies;
using Concierge.WebFront.Api;
using Concierge.WebFront.Dashboard.Live;
using Microsoft.AspNetCore.Http.HttpResults;
using Orleans;

namespace Concierge.WebFront.Dashboard;

public static class DashboardEndpoints
{
    public const string LiveEventsPath = "/live/events";

    /// <summary>The page every unknown address gets (a GET nothing else answers).</summary>
    public const string NotFoundPage = "/NotFound";

    /// <summary>Maps the dashboard's pages (<c>/</c>, <c>/signin</c>, <c>/calls</c>, <c>/live</c>…), its live event stream, its stylesheet and script, and the not-found page.</summary>
    public static IEndpointRouteBuilder MapConciergeDashboard(this IEndpointRouteBuilder routes)
    {
        routes.MapRazorPages();
        routes.MapGet(LiveEventsPath, LiveEvents).RequireAuthorization(DashboardAuthentication.Policy).RequireRateLimiting(ApiPolicies.PerKey).ExcludeFromDescription();
        routes.MapGet($"{DashboardAssets.PathPrefix}/{{name}}", DashboardAssets.Serve).ExcludeFromDescription();
        routes.MapFallbackToPage($"{{first:{PersonPathConstraint.Name}}}/{{**rest}}", NotFoundPage);
        return routes;
    }

    /// <summary>
    /// Server-sent events: the company's calls as they change. A reconnecting browser resumes from its Last-Event-ID. The
    /// stream ends as soon as its session does (signed out, key revoked), whichever node that happened on.
    /// </summary>
    private static async Task<ServerSentEventsResult<LiveCallEvent?>> LiveEvents(
        HttpContext context, LiveCallFeed feed, DashboardSessions sessions, IGrainFactory grains, IHostApplicationLifetime lifetime)
    {
        // The stream also ends when the app stops, so a shutdown never waits on open dashboards.
        var ending = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
        context.Response.RegisterForDispose(ending);
        var resumeFrom = long.TryParse(context.Request.Headers["Last-Event-ID"], out var position) ? position : (long?)null;
        var user = context.User;
        var settings = await grains.GetGrain<ICompanyGrain>(user.CompanyId()).GetSettingsAsync();
        var clock = new CompanyClock(CompanyTimeZone.Of(settings));
        var phones = new PhoneDisplay(settings?.DefaultRegion ?? PhoneDisplay.Us.Region);
        return TypedResults.ServerSentEvents<LiveCallEvent?>(feed.StreamAsync(user.CompanyId(), clock, phones, resumeFrom, () => sessions.IsCurrentAsync(user), ending.Token));
    }
}
