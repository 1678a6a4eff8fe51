using System.Security.Claims;
using Concierge.Grains.Interfaces.Leads;
using Concierge.WebFront.Api;
using Microsoft.AspNetCore.Http.HttpResults;
using Orleans;

namespace Concierge.WebFront.Leads;

/// <summary><c>/api/lead-settings</c>: the company's lead qualification settings and do-not-call list, read and replaced with its own key.</summary>
public static class LeadSettingsApi
{
    public static RouteGroupBuilder MapLeadSettingsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/lead-settings").WithTags("Leads")
            .RequireAuthorization(ApiPolicies.Company).RequireRateLimiting(ApiPolicies.PerKey).WithApiProblems();
        group.MapGet("/", GetAsync).WithSummary("Gets the company's lead settings: questions, calling hours, attempts, machine message, notification e-mails, do-not-call list.");
        group.MapPut("/", ReplaceAsync).Accepts<LeadSettingsInput>("application/json").WithBodyProblems()
            .WithSummary("Replaces the company's lead settings; the do-not-call list is replaced only when doNotCall is given.");
        return group;
    }

    private static async Task<Ok<LeadSettingsResponse>> GetAsync(ClaimsPrincipal user, IGrainFactory grains) =>
        TypedResults.Ok(LeadSettingsResponse.Of(await grains.GetGrain<ILeadSettingsGrain>(user.CompanyId()).GetAsync()));

    private static async Task<Results<Ok<LeadSettingsResponse>, ProblemHttpResult, ValidationProblem>> ReplaceAsync(
        HttpRequest request, JsonBody body, ClaimsPrincipal user, IGrainFactory grains)
    {
        var (input, problem) = await body.ReadAsync<LeadSettingsInput>(request);
        if (problem is not null)
        {
            return problem;
        }

        var validation = new Validation();
        var (settings, doNotCall) = LeadSettingsRules.Validate(input!, await CompanyRegion.OfAsync(grains, user.CompanyId()), validation);
        if (settings is null)
        {
            return validation.Problem;
        }

        return TypedResults.Ok(LeadSettingsResponse.Of(await grains.GetGrain<ILeadSettingsGrain>(user.CompanyId()).ReplaceAsync(settings, doNotCall)));
    }
}
