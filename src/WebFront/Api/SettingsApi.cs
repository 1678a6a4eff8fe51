using System.Security.Claims;
using Concierge.Grains.Interfaces.Companies;
using Concierge.WebFront.Api.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;
using Orleans;

namespace Concierge.WebFront.Api;

/// <summary><c>/api/settings</c>: the company's own settings, read and replaced with its own key.</summary>
public static class SettingsApi
{
    public static RouteGroupBuilder MapSettingsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/settings").WithTags("Settings")
            .RequireAuthorization(ApiPolicies.Company).RequireRateLimiting(ApiPolicies.PerKey).WithApiProblems();
        group.MapGet("/", GetAsync).ProducesProblem(StatusCodes.Status404NotFound).WithSummary("Gets the company's settings.");
        group.MapPut("/", UpdateAsync).Accepts<CompanyInput>("application/json").WithBodyProblems()
            .WithSummary("Replaces the company's settings (its Twilio numbers are the operator's: leave them out).");
        return group;
    }

    private static async Task<Results<Ok<CompanyResponse>, ProblemHttpResult>> GetAsync(ClaimsPrincipal user, IGrainFactory grains) =>
        await grains.GetGrain<ICompanyGrain>(user.CompanyId()).GetSettingsAsync() is { } settings
            ? TypedResults.Ok(CompanyResponse.Of(user.CompanyId(), settings))
            : ApiProblems.NotFound("The company has no settings yet.");

    private static async Task<Results<Ok<CompanyResponse>, ProblemHttpResult, ValidationProblem>> UpdateAsync(
        HttpRequest request, JsonBody body, ClaimsPrincipal user, IGrainFactory grains)
    {
        var (input, problem) = await body.ReadAsync<CompanyInput>(request);
        if (problem is not null)
        {
            return problem;
        }

        var validation = new Validation();
        if (input!.Id is { } id && id != user.CompanyId())
        {
            validation.Add("id", "id names another company; leave it out.");
        }

        var saved = validation.IsValid ? await OwnSettings.SaveAsync(grains, user.CompanyId(), input, validation) : null;
        if (saved is null)
        {
            return validation.Problem;
        }

        return TypedResults.Ok(CompanyResponse.Of(user.CompanyId(), saved));
    }
}
