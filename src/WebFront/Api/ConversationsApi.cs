using System.Security.Claims;
using Concierge.Silo.Queries;
using Concierge.WebFront.Api.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;
using Orleans;

namespace Concierge.WebFront.Api;

/// <summary><c>/api/conversations</c>: the call log, newest first, and each call with its turns.</summary>
public static class ConversationsApi
{
    public static RouteGroupBuilder MapConversationsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/conversations").WithTags("Conversations")
            .RequireAuthorization(ApiPolicies.Company).RequireRateLimiting(ApiPolicies.PerKey).WithApiProblems();
        group.MapGet("/", ListAsync)
            .WithSummary("Lists calls newest first; filter by caller, decision, start time (from/to, ISO 8601), words said (q), live calls only; page with cursor.");
        group.MapGet("/{callSid}", GetAsync).ProducesProblem(StatusCodes.Status404NotFound).WithSummary("Gets a call with every turn, its timings, decision, reason and transfer outcome.");
        return group;
    }

    private static async Task<Results<Ok<ConversationPageResponse>, ValidationProblem>> ListAsync(
        [AsParameters] ConversationListQuery query, ClaimsPrincipal user, IGrainFactory grains, ConversationQueries conversations, CancellationToken cancellationToken)
    {
        var validation = new Validation();
        var (filter, after, take) = await query.ReadAsync(validation, grains, user.CompanyId());
        if (!validation.IsValid)
        {
            return validation.Problem;
        }

        var page = await conversations.ListAsync(filter, after, take, cancellationToken);
        return TypedResults.Ok(new ConversationPageResponse([.. page.Items.Select(ConversationResponse.Of)], page.Next?.Encode()));
    }

    private static async Task<Results<Ok<ConversationResponse>, ProblemHttpResult>> GetAsync(
        string callSid, ClaimsPrincipal user, IGrainFactory grains, ConversationQueries conversations, CancellationToken cancellationToken)
    {
        return await CompanyCalls.FindAsync(grains, conversations, user.CompanyId(), callSid, cancellationToken) is { } call
            ? TypedResults.Ok(ConversationResponse.Of(call))
            : ApiProblems.NotFound($"No call {callSid}.");
    }
}
