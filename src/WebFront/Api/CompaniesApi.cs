using System.Text.RegularExpressions;
using Concierge.Grains.Interfaces.Companies;
using Concierge.Silo.Queries;
using Concierge.Silo.Realtime;
using Concierge.WebFront.Api.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Orleans;

namespace Concierge.WebFront.Api;

/// <summary><c>/api/companies</c>, for the operator (admin key): companies, their settings, their API keys.</summary>
public static partial class CompaniesApi
{
    public static RouteGroupBuilder MapCompaniesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/companies").WithTags("Companies")
            .RequireAuthorization(ApiPolicies.Admin).RequireRateLimiting(ApiPolicies.PerKey).WithApiProblems();
        group.MapGet("/", ListAsync).WithSummary("Lists companies by id.");
        group.MapPost("/", CreateAsync).Accepts<CompanyInput>("application/json").WithBodyProblems().ProducesProblem(StatusCodes.Status409Conflict).WithSummary("Creates a company; its Twilio numbers route calls to it.");
        group.MapGet("/{id}", GetAsync).ProducesProblem(StatusCodes.Status404NotFound).WithSummary("Gets a company's settings.");
        group.MapPut("/{id}", UpdateAsync).Accepts<CompanyInput>("application/json").WithBodyProblems().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).WithSummary("Replaces a company's settings.");
        group.MapGet("/{id}/keys", ListKeysAsync).ProducesProblem(StatusCodes.Status404NotFound).WithSummary("Lists a company's API keys (never the keys themselves).");
        group.MapPost("/{id}/keys", IssueKeyAsync).Accepts<ApiKeyInput>("application/json").WithBodyProblems().ProducesProblem(StatusCodes.Status404NotFound).WithSummary("Issues an API key: returned once, stored hashed.");
        group.MapDelete("/{id}/keys/{keyId}", RevokeKeyAsync).ProducesProblem(StatusCodes.Status404NotFound).WithSummary("Revokes an API key at once.");
        return group;
    }

    private static async Task<Results<Ok<CompanyPageResponse>, ValidationProblem>> ListAsync([AsParameters] PageQuery paging, CompanyQueries companies, CancellationToken cancellationToken)
    {
        var validation = new Validation();
        var (after, take) = paging.Read(validation);
        if (!validation.IsValid)
        {
            return validation.Problem;
        }

        var page = await companies.ListAsync(after, take, cancellationToken);
        return TypedResults.Ok(new CompanyPageResponse([.. page.Items.Select(CompanySummaryResponse.Of)], page.Next?.Encode()));
    }

    private static async Task<Results<Created<CompanyResponse>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        HttpRequest request, JsonBody body, IGrainFactory grains, IOptions<VoiceOptions> voice)
    {
        var (input, problem) = await body.ReadAsync<CompanyInput>(request);
        if (problem is not null)
        {
            return problem;
        }

        var validation = new Validation();
        var id = input!.Id ?? Slug(input.Name ?? "");
        if (!CompanyId().IsMatch(id))
        {
            validation.Add("id", "id must be 2 to 40 lower-case letters, digits or '-', starting with a letter or digit.");
        }

        var settings = CompanySettingsInput.Validate(input with { VoiceMode = input.VoiceMode ?? voice.Value.Mode }, validation); // a new company talks as configured unless it chooses
        if (!validation.IsValid)
        {
            return validation.Problem;
        }

        return await grains.GetGrain<ICompanyGrain>(id).CreateAsync(settings!)
            ? TypedResults.Created($"/api/companies/{id}", CompanyResponse.Of(id, settings!))
            : ApiProblems.Conflict($"A company with id '{id}' already exists.");
    }

    private static async Task<Results<Ok<CompanyResponse>, ProblemHttpResult>> GetAsync(string id, IGrainFactory grains) =>
        await Settings(grains, id) is { } settings ? TypedResults.Ok(CompanyResponse.Of(id, settings)) : NoSuchCompany(id);

    private static async Task<Results<Ok<CompanyResponse>, ProblemHttpResult, ValidationProblem>> UpdateAsync(
        string id, HttpRequest request, JsonBody body, IGrainFactory grains)
    {
        var (input, problem) = await body.ReadAsync<CompanyInput>(request);
        if (problem is not null)
        {
            return problem;
        }

        if (await Settings(grains, id) is null)
        {
            return NoSuchCompany(id);
        }

        var validation = new Validation();
        var settings = CompanySettingsInput.Validate(input!, validation);
        if (!validation.IsValid)
        {
            return validation.Problem;
        }

        return TypedResults.Ok(CompanyResponse.Of(id, await grains.GetGrain<ICompanyGrain>(id).ConfigureAsync(settings!)));
    }

    private static async Task<Results<Ok<ApiKeyResponse[]>, ProblemHttpResult>> ListKeysAsync(string id, IGrainFactory grains)
    {
        if (await Settings(grains, id) is null)
        {
            return NoSuchCompany(id);
        }

        var keys = await grains.GetGrain<ICompanyGrain>(id).ListApiKeysAsync();
        return TypedResults.Ok(keys.Select(k => new ApiKeyResponse(k.KeyId, k.Label, k.CreatedAt)).ToArray());
    }

    private static async Task<Results<Created<IssuedApiKeyResponse>, ProblemHttpResult, ValidationProblem>> IssueKeyAsync(
        string id, HttpRequest request, JsonBody body, IGrainFactory grains)
    {
        var label = "issued by the operator";
        if (request.ContentLength > 0)
        {
            var (input, problem) = await body.ReadAsync<ApiKeyInput>(request);
            if (problem is not null)
            {
                return problem;
            }

            var validation = new Validation();
            label = validation.Optional("label", input!.Label, 100) ?? label;
            if (!validation.IsValid)
            {
                return validation.Problem;
            }
        }

        if (await Settings(grains, id) is null)
        {
            return NoSuchCompany(id);
        }

        var issued = await grains.GetGrain<ICompanyGrain>(id).IssueApiKeyAsync(label);
        return TypedResults.Created($"/api/companies/{id}/keys", new IssuedApiKeyResponse(issued.KeyId, issued.Key, issued.Label, issued.CreatedAt));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RevokeKeyAsync(string id, string keyId, IGrainFactory grains) =>
        await Settings(grains, id) is not null && await grains.GetGrain<ICompanyGrain>(id).RevokeApiKeyAsync(keyId)
            ? TypedResults.NoContent()
            : ApiProblems.NotFound($"Company '{id}' has no key '{keyId}'.");

    private static Task<CompanySettings?> Settings(IGrainFactory grains, string id) =>
        id.Length <= 40 ? grains.GetGrain<ICompanyGrain>(id).GetSettingsAsync() : Task.FromResult<CompanySettings?>(null);

    private static ProblemHttpResult NoSuchCompany(string id) =>
        ApiProblems.NotFound($"No company '{id}'.");

    /// <summary>An id from a name: "Acme Plumbing Ltd." → "acme-plumbing-ltd".</summary>
    private static string Slug(string name)
    {
        var slug = NotSlug().Replace(name.ToLowerInvariant(), "-").Trim('-');
        return slug.Length > 40 ? slug[..40].TrimEnd('-') : slug;
    }

    // \A and \z, not ^ and $: "$" also matches before a final line break, which let "charlie\n" through.
    [GeneratedRegex(@"\A[a-z0-9][a-z0-9-]{1,39}\z")]
    private static partial Regex CompanyId();

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotSlug();
}
