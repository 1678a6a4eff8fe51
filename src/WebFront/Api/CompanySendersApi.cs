using Concierge.Grains.Interfaces.Companies;
using Concierge.WebFront.Api.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;
using Orleans;

namespace Concierge.WebFront.Api;

/// <summary>
/// <c>/api/companies/{id}/senders</c>, for the operator (admin key): who may send the company notes by SMS or WhatsApp.
/// Adding a number already listed renames it.
/// </summary>
public static class CompanySendersApi
{
    public static RouteGroupBuilder MapCompanySendersApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/companies/{id}/senders").WithTags("Companies")
            .RequireAuthorization(ApiPolicies.Admin).RequireRateLimiting(ApiPolicies.PerKey).WithApiProblems();
        group.MapGet("/", ListAsync).ProducesProblem(StatusCodes.Status404NotFound).WithSummary("Lists who may send the company notes by SMS or WhatsApp.");
        group.MapPost("/", AddAsync).Accepts<SenderInput>("application/json").WithBodyProblems().ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).WithSummary("Authorises a number to send notes (or renames it).");
        group.MapDelete("/{phone}", RemoveAsync).ProducesProblem(StatusCodes.Status404NotFound).WithSummary("Withdraws a number's authorisation at once.");
        return group;
    }

    private static async Task<Results<Ok<SenderResponse[]>, ProblemHttpResult>> ListAsync(string id, IGrainFactory grains) =>
        await CompanyAsync(grains, id) is { } company
            ? TypedResults.Ok((await company.ListSendersAsync()).Select(SenderResponse.Of).ToArray())
            : NoSuchCompany(id);

    private static async Task<Results<Created<SenderResponse>, Ok<SenderResponse>, ValidationProblem, ProblemHttpResult>> AddAsync(
        string id, HttpRequest request, JsonBody body, IGrainFactory grains)
    {
        var (input, problem) = await body.ReadAsync<SenderInput>(request);
        if (problem is not null)
        {
            return problem;
        }

        if (await CompanyAsync(grains, id) is not { } company)
        {
            return NoSuchCompany(id);
        }

        var validation = new Validation();
        var (phone, name) = await SenderRules.ReadAsync(validation, input!.Phone, input.Name, grains, id);
        if (!validation.IsValid)
        {
            return validation.Problem;
        }

        var change = await company.AddSenderAsync(phone!, name!);
        return change.Kind switch
        {
            SenderChangeKind.Added => TypedResults.Created($"/api/companies/{id}/senders/{Uri.EscapeDataString(phone!)}", SenderResponse.Of(change.Sender!)),
            SenderChangeKind.Renamed => TypedResults.Ok(SenderResponse.Of(change.Sender!)),
            _ => ApiProblems.Conflict(SenderRules.ListFull),
        };
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RemoveAsync(string id, string phone, IGrainFactory grains)
    {
        if (await CompanyAsync(grains, id) is not { } company)
        {
            return NoSuchCompany(id);
        }

        var validation = new Validation();
        var e164 = await validation.CompanyPhoneAsync("phone", phone, grains, id);
        return e164 is not null && await company.RemoveSenderAsync(e164)
            ? TypedResults.NoContent()
            : ApiProblems.NotFound($"{phone} is not a message sender of company '{id}'.");
    }

    /// <summary>The company's grain when the company exists (an id longer than any issued is none).</summary>
    private static async Task<ICompanyGrain?> CompanyAsync(IGrainFactory grains, string id)
    {
        var company = grains.GetGrain<ICompanyGrain>(id);
        return id.Length <= 40 && await company.GetSettingsAsync() is not null ? company : null;
    }

    private static ProblemHttpResult NoSuchCompany(string id) => ApiProblems.NotFound($"No company '{id}'.");
}
