using System.Security.Claims;
using System.Text.RegularExpressions;
using Concierge.Grains.Interfaces.Handovers;
using Concierge.Silo.Handovers;
using Concierge.WebFront.Api.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;
using Orleans;

namespace Concierge.WebFront.Api;

/// <summary>
/// Handover to a person: <c>/api/settings/handover</c> (the agent line and its rules) and <c>/api/handovers</c> (the
/// list, and the look-up the agent's system makes with the token its phone received: once, while valid, for its own
/// company only; otherwise 404, so a token's existence is never revealed to anyone else).
/// </summary>
public static partial class HandoversApi
{
    public static IEndpointRouteBuilder MapHandoversApi(this IEndpointRouteBuilder routes)
    {
        var settings = routes.MapGroup("/api/settings/handover").WithTags("Handovers")
            .RequireAuthorization(ApiPolicies.Company).RequireRateLimiting(ApiPolicies.PerKey).WithApiProblems();
        settings.MapGet("/", GetSettingsAsync).WithSummary("The agent line, whether urgent calls go to it, and how long a handover token is valid.");
        settings.MapPut("/", SetSettingsAsync).Accepts<HandoverSettingsInput>("application/json").WithBodyProblems()
            .WithSummary("Replaces the handover settings; an empty agentNumber turns handover off.");

        var handovers = routes.MapGroup("/api/handovers").WithTags("Handovers")
            .RequireAuthorization(ApiPolicies.Company).RequireRateLimiting(ApiPolicies.PerKey).WithApiProblems();
        handovers.MapGet("/", ListAsync).WithSummary("Lists handovers newest first with their outcome (waiting, picked_up, expired); page with cursor.");
        handovers.MapGet("/{token}", ClaimAsync).ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("The handover's caller, reason and summary: answered once while the token is valid, then 404.");
        return routes;
    }

    private static async Task<Ok<HandoverSettingsResponse>> GetSettingsAsync(ClaimsPrincipal user, IGrainFactory grains) =>
        TypedResults.Ok(HandoverSettingsResponse.Of(await grains.GetGrain<IHandoverSettingsGrain>(user.CompanyId()).GetAsync()));

    private static async Task<Results<Ok<HandoverSettingsResponse>, ProblemHttpResult, ValidationProblem>> SetSettingsAsync(
        HttpRequest request, JsonBody body, ClaimsPrincipal user, IGrainFactory grains)
    {
        var (input, problem) = await body.ReadAsync<HandoverSettingsInput>(request);
        if (problem is not null)
        {
            return problem;
        }

        var validation = new Validation();
        var agent = await AgentLineAsync(validation, input!.AgentNumber, grains, user.CompanyId());
        var minutes = input.TokenMinutes ?? HandoverSettings.DefaultTokenMinutes;
        if (minutes is < 1 or > HandoverSettings.MaxTokenMinutes)
        {
            validation.Add("tokenMinutes", $"tokenMinutes must be from 1 to {HandoverSettings.MaxTokenMinutes}.");
        }

        if (input.RouteUrgentCalls == true && agent is null && validation.IsValid)
        {
            validation.Add("routeUrgentCalls", "routeUrgentCalls needs an agentNumber to route them to.");
        }

        if (!validation.IsValid)
        {
            return validation.Problem;
        }

        var settings = new HandoverSettings(agent, input.RouteUrgentCalls ?? false, minutes);
        await grains.GetGrain<IHandoverSettingsGrain>(user.CompanyId()).SetAsync(settings);
        return TypedResults.Ok(HandoverSettingsResponse.Of(settings));
    }

    private static async Task<Results<Ok<HandoverPageResponse>, ValidationProblem>> ListAsync(
        [AsParameters] PageQuery page, ClaimsPrincipal user, HandoverQueries handovers, TimeProvider time, CancellationToken cancellationToken)
    {
        var validation = new Validation();
        var (after, take) = page.Read(validation);
        if (!validation.IsValid)
        {
            return validation.Problem;
        }

        var found = await handovers.ListAsync(user.CompanyId(), after, take, cancellationToken);
        var now = time.GetUtcNow();
        return TypedResults.Ok(new HandoverPageResponse([.. found.Items.Select(row => HandoverListItem.Of(row, now))], found.Next?.Encode()));
    }

    private static async Task<Results<Ok<HandoverResponse>, ProblemHttpResult, ValidationProblem>> ClaimAsync(string token, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (!Token().IsMatch(token))
        {
            var validation = new Validation();
            validation.Add("token", "token must be the digits the agent's phone received.");
            return validation.Problem;
        }

        return await grains.GetGrain<IHandoverGrain>(token).ClaimAsync(user.CompanyId()) is { } ticket
            ? TypedResults.Ok(HandoverResponse.Of(ticket))
            : ApiProblems.NotFound("No valid handover with this token: it expired, was already read, or never existed.");
    }

    /// <summary>The agent line: null when handover is off (blank), a SIP URI as given, or a phone number as E.164.</summary>
    private static async Task<string?> AgentLineAsync(Validation validation, string? value, IGrainFactory grains, string companyId)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var trimmed = value.Trim();
        if (!trimmed.StartsWith("sip:", StringComparison.OrdinalIgnoreCase))
        {
            return await validation.CompanyPhoneAsync("agentNumber", trimmed, grains, companyId);
        }

        if (!SipUri().IsMatch(trimmed))
        {
            validation.Add("agentNumber", "agentNumber must be a phone number or a SIP URI such as sip:desk@pbx.example.com.");
            return null;
        }

        return trimmed;
    }

    // \A and \z, not ^ and $: "$" also matches before a final line break.
    [GeneratedRegex(@"\A[0-9]{6,32}\z")]
    private static partial Regex Token();

    /// <summary>sip:user@host[:port] with nothing Twilio would read as parameters or headers (the token header is ours to add).</summary>
    [GeneratedRegex(@"\Asip:[A-Za-z0-9._~+-]{1,64}@[A-Za-z0-9.-]{1,253}(:[0-9]{1,5})?\z", RegexOptions.IgnoreCase)]
    private static partial Regex SipUri();
}
