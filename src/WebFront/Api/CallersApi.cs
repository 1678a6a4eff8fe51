using System.ComponentModel;
using System.Security.Claims;
using Concierge.Grains.Interfaces.Callers;
using Concierge.Silo.Queries;
using Concierge.WebFront.Api.Contracts;
using Concierge.WebFront.Api.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.OpenApi;
using Orleans;

namespace Concierge.WebFront.Api;

/// <summary><c>/api/callers</c>: what the concierge knows about each caller; block and unblock.</summary>
public static class CallersApi
{
    public static RouteGroupBuilder MapCallersApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/callers").WithTags("Callers")
            .RequireAuthorization(ApiPolicies.Company).RequireRateLimiting(ApiPolicies.PerKey).WithApiProblems();
        group.MapGet("/", ListAsync).WithSummary("Lists callers, most recently active first; blocked=true lists blocked callers only.");
        group.MapGet("/{phone}", GetAsync).ProducesProblem(StatusCodes.Status404NotFound).WithSummary("What the concierge knows about a caller: calls, decisions, the name given, spam score, block.");
        group.MapPost("/{phone}/block", BlockAsync).Accepts<BlockInput>("application/json").WithBodyProblems().WithSummary("Blocks a number: its calls are rejected unanswered.");
        group.MapPost("/{phone}/unblock", UnblockAsync).WithSummary("Unblocks a number and forgets its earlier spam.");
        return group;
    }

    private static async Task<Results<Ok<CallerPageResponse>, ValidationProblem>> ListAsync(
        [DocumentedAs(JsonSchemaType.Boolean), Description("true: blocked callers only.")] string? blocked,
        [AsParameters] PageQuery paging, ClaimsPrincipal user, CallerQueries callers, CancellationToken cancellationToken)
    {
        var validation = new Validation();
        var onlyBlocked = validation.TrueOrFalse("blocked", blocked);
        var (after, take) = paging.Read(validation);
        if (!validation.IsValid)
        {
            return validation.Problem;
        }

        var page = await callers.ListAsync(user.CompanyId(), onlyBlocked, after, take, cancellationToken);
        return TypedResults.Ok(new CallerPageResponse([.. page.Items.Select(CallerSummaryResponse.Of)], page.Next?.Encode()));
    }

    private static async Task<Results<Ok<CallerResponse>, ProblemHttpResult, ValidationProblem>> GetAsync(string phone, ClaimsPrincipal user, IGrainFactory grains)
    {
        var (caller, invalid) = await CallerAsync(phone, user, grains);
        if (invalid is not null)
        {
            return invalid;
        }

        var profile = await caller!.GetAsync();
        return CallerRules.IsKnown(profile)
            ? TypedResults.Ok(CallerResponse.Of(profile))
            : ApiProblems.NotFound($"{profile.Phone} has never called.");
    }

    private static async Task<Results<Ok<CallerResponse>, ValidationProblem, ProblemHttpResult>> BlockAsync(
        string phone, HttpRequest request, JsonBody body, ClaimsPrincipal user, IGrainFactory grains)
    {
        var reason = CallerRules.DefaultBlockReason;
        if (request.ContentLength > 0 || request.Headers.TransferEncoding.Count > 0)
        {
            var (input, problem) = await body.ReadAsync<BlockInput>(request);
            if (problem is not null)
            {
                return problem;
            }

            var validation = new Validation();
            reason = CallerRules.BlockReason(validation, input!.Reason);
            if (!validation.IsValid)
            {
                return validation.Problem;
            }
        }

        var (caller, invalid) = await CallerAsync(phone, user, grains);
        if (invalid is not null)
        {
            return invalid;
        }

        await caller!.BlockAsync(reason);
        return TypedResults.Ok(CallerResponse.Of(await caller.GetAsync()));
    }

    private static async Task<Results<Ok<CallerResponse>, ValidationProblem>> UnblockAsync(string phone, ClaimsPrincipal user, IGrainFactory grains)
    {
        var (caller, invalid) = await CallerAsync(phone, user, grains);
        if (invalid is not null)
        {
            return invalid;
        }

        await caller!.UnblockAsync();
        return TypedResults.Ok(CallerResponse.Of(await caller.GetAsync()));
    }

    private static async Task<(ICallerGrain? Caller, ValidationProblem? Invalid)> CallerAsync(string phone, ClaimsPrincipal user, IGrainFactory grains)
    {
        var validation = new Validation();
        var caller = await CallerRules.FindAsync(validation, grains, user.CompanyId(), phone);
        return validation.IsValid ? (caller, null) : (null, validation.Problem);
    }
}
