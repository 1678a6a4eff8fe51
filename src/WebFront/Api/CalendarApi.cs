using System.Security.Claims;
using Concierge.Grains.Interfaces.Scheduling;
using Concierge.Silo.Scheduling;
using Concierge.WebFront.Api.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;
using Orleans;

namespace Concierge.WebFront.Api;

/// <summary><c>/api/calendar</c>: the company's calendar settings (opening hours, appointment types, closed days, horizon, phone booking, reminders).</summary>
public static class CalendarApi
{
    public static RouteGroupBuilder MapCalendarApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/calendar").WithTags("Appointments")
            .RequireAuthorization(ApiPolicies.Company).RequireRateLimiting(ApiPolicies.PerKey).WithApiProblems();
        group.MapGet("/", GetAsync).WithSummary("Gets the calendar settings (weekdays 9 to 5, half-hour appointments, phone booking off, until set).");
        group.MapPut("/", UpdateAsync).Accepts<CalendarInput>("application/json").WithBodyProblems()
            .WithSummary("Replaces the calendar settings; appointments already booked stay.");
        group.MapPost("/feed", RotateFeedAsync)
            .WithSummary("A new secret URL of the appointments as an ICS feed, to subscribe to from Google, Outlook or Apple Calendar; the previous URL stops working.");
        routes.MapGet("/calendar/{companyId}/{token}.ics", FeedAsync).WithTags("Appointments").AllowAnonymous()
            .ProducesProblem(StatusCodes.Status404NotFound).WithSummary("The appointments as an iCalendar feed; its secret URL is the permission.");
        return group;
    }

    private static async Task<Ok<CalendarFeedResponse>> RotateFeedAsync(HttpRequest request, ClaimsPrincipal user, IGrainFactory grains)
    {
        var token = await grains.GetGrain<ICalendarGrain>(user.CompanyId()).RotateFeedTokenAsync();
        return TypedResults.Ok(new CalendarFeedResponse(FeedUrl(request, user.CompanyId(), token)));
    }

    /// <summary>The secret address of a company's ICS feed, as the API and the dashboard's Calendar page hand it out.</summary>
    public static Uri FeedUrl(HttpRequest request, string companyId, string token)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new Uri($"{request.Scheme}://{request.Host}{request.PathBase}/calendar/{Uri.EscapeDataString(companyId)}/{token}.ics");
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> FeedAsync(
        string companyId, string token, IGrainFactory grains, AppointmentQueries appointments, TimeProvider time, HttpResponse response, CancellationToken cancellationToken)
    {
        var calendar = grains.GetGrain<ICalendarGrain>(companyId);
        if (companyId.Length > 64 || !await calendar.IsFeedTokenAsync(token))
        {
            return ApiProblems.NotFound("No such calendar feed.");
        }

        response.Headers.CacheControl = "no-store"; // a subscriber's next refresh sees the latest changes
        var ics = await AppointmentFeed.RenderAsync(companyId, await calendar.GetSettingsAsync(), appointments, time.GetUtcNow(), cancellationToken);
        return TypedResults.Text(ics, "text/calendar; charset=utf-8");
    }

    private static async Task<Ok<CalendarResponse>> GetAsync(ClaimsPrincipal user, IGrainFactory grains) =>
        TypedResults.Ok(CalendarResponse.Of(await grains.GetGrain<ICalendarGrain>(user.CompanyId()).GetSettingsAsync()));

    private static async Task<Results<Ok<CalendarResponse>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        HttpRequest request, JsonBody body, ClaimsPrincipal user, IGrainFactory grains)
    {
        var (input, problem) = await body.ReadAsync<CalendarInput>(request);
        if (problem is not null)
        {
            return problem;
        }

        var validation = new Validation();
        if (AppointmentRules.Settings(validation, input!) is not { } settings)
        {
            return validation.Problem;
        }

        return TypedResults.Ok(CalendarResponse.Of(await grains.GetGrain<ICalendarGrain>(user.CompanyId()).ConfigureAsync(settings)));
    }
}
