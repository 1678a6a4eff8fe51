using System.Security.Claims;
using Concierge.Grains.Interfaces.Companies;
using Concierge.Grains.Interfaces.Scheduling;
using Concierge.Silo.Scheduling;
using Concierge.WebFront.Api.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;
using Orleans;

namespace Concierge.WebFront.Api;

/// <summary>
/// <c>/api/appointments</c>: the company's appointments, listed by day or range and booked, moved and cancelled by the
/// owner under the calendar's rules. A slot someone holds is a 409 offering the next free ones; another company's
/// reference is not found.
/// </summary>
public static class AppointmentsApi
{
    public static RouteGroupBuilder MapAppointmentsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/appointments").WithTags("Appointments")
            .RequireAuthorization(ApiPolicies.Company).RequireRateLimiting(ApiPolicies.PerKey).WithApiProblems();
        group.MapGet("/", ListAsync).WithSummary("Lists booked appointments in start order: one day, or from/to (yyyy-MM-dd, company time zone, to included; default today plus 30 days); includeCancelled; page with cursor.");
        group.MapPost("/", BookAsync).Accepts<AppointmentInput>("application/json").WithBodyProblems().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Books a slot; 409 with the next free slots (alternatives) when it is taken.");
        group.MapGet("/{reference}", GetAsync).ProducesProblem(StatusCodes.Status404NotFound).WithSummary("An appointment by its reference.");
        group.MapPut("/{reference}", MoveAsync).Accepts<AppointmentMove>("application/json").WithBodyProblems()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Moves an appointment (to another day it gets a new reference); 409 with alternatives when the slot is taken.");
        group.MapDelete("/{reference}", CancelAsync).ProducesProblem(StatusCodes.Status404NotFound).WithSummary("Cancels an appointment.");
        return group;
    }

    private static async Task<Results<Ok<AppointmentPageResponse>, ValidationProblem>> ListAsync(
        [AsParameters] AppointmentListQuery query, ClaimsPrincipal user, IGrainFactory grains, AppointmentQueries appointments, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var validation = new Validation();
        var company = await grains.GetGrain<ICompanyGrain>(user.CompanyId()).GetSettingsAsync();
        var (filter, after, take) = query.Read(validation, company, time.GetUtcNow());
        if (!validation.IsValid)
        {
            return validation.Problem;
        }

        var page = await appointments.ListAsync(user.CompanyId(), filter, after, take, cancellationToken);
        return TypedResults.Ok(new AppointmentPageResponse([.. page.Items.Select(AppointmentResponse.Of)], page.Next?.Encode()));
    }

    private static async Task<Results<Created<AppointmentResponse>, ValidationProblem, ProblemHttpResult>> BookAsync(
        HttpRequest request, JsonBody body, ClaimsPrincipal user, IGrainFactory grains)
    {
        var (input, problem) = await body.ReadAsync<AppointmentInput>(request);
        if (problem is not null)
        {
            return problem;
        }

        var validation = new Validation();
        var date = AppointmentRules.Date(validation, "date", input!.Date);
        var start = AppointmentRules.Time(validation, "start", input.Start);
        var type = validation.Optional("type", input.Type, 100);
        var phone = input.CallerPhone is null ? null : await validation.CompanyPhoneAsync("callerPhone", input.CallerPhone, grains, user.CompanyId());
        var name = validation.Optional("callerName", input.CallerName, 100);
        if (!validation.IsValid)
        {
            return validation.Problem;
        }

        var outcome = await Calendar(grains, user).BookAsync(new BookingRequest(date!.Value, start!.Value, type, phone, name));
        if (Refusal(outcome, validation) is { } refused)
        {
            return refused;
        }

        return Problem(outcome) is { } failed
            ? failed
            : TypedResults.Created($"/api/appointments/{outcome.Appointment!.Reference}", AppointmentResponse.Of(outcome.Appointment));
    }

    private static async Task<Results<Ok<AppointmentResponse>, ProblemHttpResult>> GetAsync(string reference, ClaimsPrincipal user, IGrainFactory grains) =>
        AppointmentReference.IsWellFormed(reference) && await Calendar(grains, user).GetAsync(reference) is { } appointment
            ? TypedResults.Ok(AppointmentResponse.Of(appointment))
            : NoSuchAppointment(reference);

    private static async Task<Results<Ok<AppointmentResponse>, ValidationProblem, ProblemHttpResult>> MoveAsync(
        string reference, HttpRequest request, JsonBody body, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (!AppointmentReference.IsWellFormed(reference))
        {
            return NoSuchAppointment(reference);
        }

        var (input, problem) = await body.ReadAsync<AppointmentMove>(request);
        if (problem is not null)
        {
            return problem;
        }

        var validation = new Validation();
        var date = AppointmentRules.Date(validation, "date", input!.Date);
        var start = AppointmentRules.Time(validation, "start", input.Start);
        if (!validation.IsValid)
        {
            return validation.Problem;
        }

        var outcome = await Calendar(grains, user).MoveAsync(reference, date!.Value, start!.Value);
        if (Refusal(outcome, validation) is { } refused)
        {
            return refused;
        }

        return Problem(outcome) is { } failed ? failed : TypedResults.Ok(AppointmentResponse.Of(outcome.Appointment!));
    }

    private static async Task<Results<Ok<AppointmentResponse>, ProblemHttpResult>> CancelAsync(string reference, ClaimsPrincipal user, IGrainFactory grains) =>
        AppointmentReference.IsWellFormed(reference) && await Calendar(grains, user).CancelAsync(reference) is { Appointment: { } cancelled }
            ? TypedResults.Ok(AppointmentResponse.Of(cancelled))
            : NoSuchAppointment(reference);

    /// <summary>A slot the calendar does not offer, named by field as any other bad value.</summary>
    private static ValidationProblem? Refusal(BookingOutcome outcome, Validation validation)
    {
        if (outcome.Result != BookingResult.Refused)
        {
            return null;
        }

        validation.Add(outcome.Field ?? "start", outcome.Problem ?? "That slot cannot be booked.");
        return validation.Problem;
    }

    /// <summary>A taken slot (409 with the next free ones) or an unknown reference (404); null when booked.</summary>
    private static ProblemHttpResult? Problem(BookingOutcome outcome) => outcome.Result switch
    {
        BookingResult.Taken => TypedResults.Problem(
            title: "That slot is taken; alternatives lists the next free ones.", statusCode: StatusCodes.Status409Conflict,
            extensions: new Dictionary<string, object?> { ["alternatives"] = outcome.Alternatives.Select(FreeSlotResponse.Of).ToArray() }),
        BookingResult.NotFound => ApiProblems.NotFound("No such appointment."),
        _ => null,
    };

    private static ICalendarGrain Calendar(IGrainFactory grains, ClaimsPrincipal user) => grains.GetGrain<ICalendarGrain>(user.CompanyId());

    private static ProblemHttpResult NoSuchAppointment(string reference) => ApiProblems.NotFound($"No appointment '{reference}'.");
}
