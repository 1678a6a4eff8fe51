using System.Security.Claims;
using Concierge.Grains.Interfaces.Scheduling;
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
        return group;
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
