using System.Security.Claims;
using Concierge.Silo.Queries;
using Concierge.WebFront.Api.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;
using Orleans;

namespace Concierge.WebFront.Api;

/// <summary>
/// <c>/api/calls</c>: the call log, newest first, and each call with its turns. "Calls", as the dashboard says;
/// <see cref="FormerPath"/>, the route's first name, keeps answering the same for the clients written against it, and
/// is left out of the OpenAPI document so new clients learn one name.
/// </summary>
public static class CallsApi
{
    public const string Path = "/api/calls";

    public const string FormerPath = "/api/conversations";

    public static IEndpointRouteBuilder MapCallsApi(this IEndpointRouteBuilder routes)
    {
        Map(routes, Path);
        Map(routes, FormerPath).ExcludeFromDescription();
        return routes;
    }

    private static RouteGroupBuilder Map(IEndpointRouteBuilder routes, string path)
    {
        var group = routes.MapGroup(path).WithTags("Calls")
            .RequireAuthorization(ApiPolicies.Company).RequireRateLimiting(ApiPolicies.PerKey).WithApiProblems();
        group.MapGet("/", ListAsync)
            .WithSummary("Lists calls newest first; filter by caller, decision, start time (from/to, ISO 8601), words said (q), live calls only; page with cursor.");
        group.MapGet("/{callSid}", GetAsync).ProducesProblem(StatusCodes.Status404NotFound).WithSummary("Gets a call with every turn, its timings, decision, reason and transfer outcome.");
        group.MapPost("/{callSid}/reviewed", MarkReviewedAsync).ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Marks a call reviewed by this API key's user, as opening it on the dashboard does (idempotent).");
        return group;
    }

    private static async Task<Results<Ok<CallPageResponse>, ValidationProblem>> ListAsync(
        [AsParameters] ConversationListQuery query, ClaimsPrincipal user, IGrainFactory grains, ConversationQueries conversations, OwnerInbox inbox,
        CancellationToken cancellationToken)
    {
        var validation = new Validation();
        var (filter, after, take) = await query.ReadAsync(validation, grains, user.CompanyId());
        if (!validation.IsValid)
        {
            return validation.Problem;
        }

        var page = await conversations.ListAsync(filter, after, take, cancellationToken);
        var reviewed = await inbox.ReviewedAmongAsync(user, [.. page.Items.Select(c => c.CallSid)]);
        return TypedResults.Ok(new CallPageResponse([.. page.Items.Select(c => CallResponse.Of(c, reviewed.Contains(c.CallSid)))], page.Next?.Encode()));
    }

    private static async Task<Results<Ok<CallResponse>, ProblemHttpResult>> GetAsync(
        string callSid, ClaimsPrincipal user, IGrainFactory grains, ConversationQueries conversations, OwnerInbox inbox, CancellationToken cancellationToken)
    {
        return await CompanyCalls.FindAsync(grains, conversations, user.CompanyId(), callSid, cancellationToken) is { } call
            ? TypedResults.Ok(CallResponse.Of(call, (await inbox.ReviewedAmongAsync(user, [call.CallSid])).Count > 0))
            : ApiProblems.NotFound($"No call {callSid}.");
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> MarkReviewedAsync(
        string callSid, ClaimsPrincipal user, ConversationQueries conversations, OwnerInbox inbox, CancellationToken cancellationToken)
    {
        // The call log answers whether the call is this company's: another company's call is as missing as an unknown one.
        if (callSid.Length > 64 || !await conversations.HasCallAsync(user.CompanyId(), callSid, cancellationToken))
        {
            return ApiProblems.NotFound($"No call {callSid}.");
        }

        await inbox.MarkReviewedAsync(user, callSid);
        return TypedResults.NoContent();
    }
}
