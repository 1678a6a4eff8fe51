using System.Globalization;
using System.Security.Claims;
using Concierge.Grains.Interfaces.Calls;
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
        var companyId = user.CompanyId();
        var validation = new Validation();
        var caller = query.Caller is null ? null : validation.Phone("caller", query.Caller, await CompanyRegion.OfAsync(grains, companyId));
        var decision = query.Decision is null ? null : validation.OneOf("decision", query.Decision, CallDecisions.All);
        var from = Instant(validation, "from", query.From);
        var until = Instant(validation, "to", query.To);
        var search = validation.Optional("q", query.Q, 200);
        var (after, take) = Paging.Read(validation, query.Cursor, query.Limit);
        if (!validation.IsValid)
        {
            return validation.Problem;
        }

        var filter = new ConversationFilter(companyId, caller, decision, from, until, search, query.Live ?? false);
        var page = await conversations.ListAsync(filter, after, take, cancellationToken);
        return TypedResults.Ok(new ConversationPageResponse([.. page.Items.Select(ConversationSummaryResponse.Of)], page.Next?.Encode()));
    }

    private static async Task<Results<Ok<ConversationResponse>, ProblemHttpResult>> GetAsync(string callSid, ClaimsPrincipal user, IGrainFactory grains)
    {
        // Another company's call is reported exactly like a missing one: its existence is not theirs to learn.
        return callSid.Length <= 64 && await grains.GetGrain<ICallGrain>(callSid).GetAsync() is { } call && call.CompanyId == user.CompanyId()
            ? TypedResults.Ok(ConversationResponse.Of(call))
            : ApiProblems.NotFound($"No call {callSid}.");
    }

    private static DateTimeOffset? Instant(Validation validation, string field, string? value)
    {
        if (value is null)
        {
            return null;
        }

        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            return instant;
        }

        validation.Add(field, $"{field} must be a date or date-time in ISO 8601, e.g. 2026-11-21 or 2026-11-21T09:30:00Z.");
        return null;
    }
}

/// <summary>Query string of the conversation list; bound as text so every bad value gets a clear, named error.</summary>
public sealed record ConversationListQuery(string? Caller, string? Decision, string? From, string? To, string? Q, string? Cursor, string? Limit, bool? Live);
