using System.Security.Claims;
using Concierge.Grains.Interfaces.Leads;
using Concierge.Silo.Leads;
using Concierge.WebFront.Api;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Orleans;

namespace Concierge.WebFront.Leads;

/// <summary>
/// <c>/api/leads</c>: leads handed over by the company's form or CRM, to be called and qualified. A lead of another company
/// is not found.
/// </summary>
public static class LeadsApi
{
    private const int MaxIdLength = 64;

    public static IEndpointRouteBuilder MapLeadsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/leads").WithTags("Leads")
            .RequireAuthorization(ApiPolicies.Company).RequireRateLimiting(ApiPolicies.PerKey).WithApiProblems();
        group.MapPost("/", CreateAsync).Accepts<LeadInput>("application/json").WithBodyProblems().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Hands over a lead to call (consent required); 409 when the number is on the do-not-call list or already has an open lead.");
        group.MapGet("/", ListAsync).WithSummary("Lists leads newest first; filter by status, score range (minScore, maxScore), creation time (from/to, ISO 8601); page with cursor.");
        group.MapGet("/{id}", GetAsync).ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("A lead: consent, status, answers, score, summary, transcript, calls placed.");
        group.MapDelete("/{id}", CancelAsync).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Cancels an open lead; with erase=true also erases its personal data (any status).");
        routes.MapLeadSettingsApi();
        return routes;
    }

    private static async Task<Results<Created<LeadResponse>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        HttpRequest request, JsonBody body, ClaimsPrincipal user, IGrainFactory grains, LeadQueries leads, TimeProvider time, CancellationToken cancellationToken)
    {
        var (input, problem) = await body.ReadAsync<LeadInput>(request);
        if (problem is not null)
        {
            return problem;
        }

        var validation = new Validation();
        var companyId = user.CompanyId();
        var lead = LeadIntakeRules.Validate(input!, companyId, await CompanyRegion.OfAsync(grains, companyId), time.GetUtcNow(), validation);
        if (lead is null)
        {
            return validation.Problem;
        }

        var submitted = await LeadSubmission.SubmitAsync(grains, leads, lead, cancellationToken);
        if (submitted.Lead is { } record)
        {
            return TypedResults.Created($"/api/leads/{record.LeadId}", LeadResponse.Of(record));
        }

        return submitted.DoNotCall
            ? ApiProblems.Conflict($"{lead.Phone} is on the company's do-not-call list: the lead is not called.")
            : TypedResults.Problem(new ProblemDetails
            {
                Title = $"{lead.Phone} already has an open lead{(submitted.OpenLeadId is null ? "" : $": {submitted.OpenLeadId}")}.",
                Status = StatusCodes.Status409Conflict,
                Extensions = { ["leadId"] = submitted.OpenLeadId },
            });
    }

    private static async Task<Results<Ok<LeadPageResponse>, ValidationProblem>> ListAsync(
        [AsParameters] LeadListQuery query, ClaimsPrincipal user, LeadQueries leads, CancellationToken cancellationToken)
    {
        var validation = new Validation();
        var (filter, after, take) = query.Read(validation);
        if (!validation.IsValid)
        {
            return validation.Problem;
        }

        var page = await leads.ListAsync(user.CompanyId(), filter, after, take, cancellationToken);
        return TypedResults.Ok(new LeadPageResponse([.. page.Items.Select(LeadSummaryResponse.Of)], page.Next?.Encode()));
    }

    private static async Task<Results<Ok<LeadResponse>, ProblemHttpResult>> GetAsync(string id, ClaimsPrincipal user, IGrainFactory grains) =>
        await FindAsync(grains, id, user.CompanyId()) is { } lead ? TypedResults.Ok(LeadResponse.Of(lead)) : NoSuchLead(id);

    private static async Task<Results<Ok<LeadResponse>, ValidationProblem, ProblemHttpResult>> CancelAsync(
        string id, [FromQuery(Name = "erase")] string? erase, ClaimsPrincipal user, IGrainFactory grains)
    {
        var validation = new Validation();
        var erasing = validation.TrueOrFalse("erase", erase);
        if (!validation.IsValid)
        {
            return validation.Problem;
        }

        if (await FindAsync(grains, id, user.CompanyId()) is null)
        {
            return NoSuchLead(id);
        }

        var lead = (await grains.GetGrain<ILeadGrain>(id).CancelAsync(erasing))!;
        return lead.Status == LeadStatuses.Cancelled || erasing
            ? TypedResults.Ok(LeadResponse.Of(lead))
            : ApiProblems.Conflict($"Lead '{id}' is already {lead.Status}; add erase=true to erase its personal data.");
    }

    /// <summary>The company's lead <paramref name="id"/>; null when there is none, or it is another company's.</summary>
    public static async Task<LeadRecord?> FindAsync(IGrainFactory grains, string id, string companyId) =>
        id.Length <= MaxIdLength && await grains.GetGrain<ILeadGrain>(id).GetAsync() is { } lead && lead.CompanyId == companyId ? lead : null;

    private static ProblemHttpResult NoSuchLead(string id) => ApiProblems.NotFound($"No lead '{id}'.");
}
