using System.ComponentModel;
using System.Security.Claims;
using Concierge.Grains.Interfaces.Companies;
using Concierge.WebFront.Api.Contracts;
using Concierge.WebFront.Api.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.OpenApi;
using Orleans;

namespace Concierge.WebFront.Api;

/// <summary><c>/api/exceptions</c>: the callers who go straight through.</summary>
public static class ExceptionsApi
{
    public static RouteGroupBuilder MapExceptionsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/exceptions").WithTags("Exceptions")
            .RequireAuthorization(ApiPolicies.Company).RequireRateLimiting(ApiPolicies.PerKey).WithApiProblems();
        group.MapGet("/", ListAsync).WithSummary("Lists the exception list, optionally by category and with removed entries.");
        group.MapPost("/", AddAsync).Accepts<ExceptionInput>("application/json").WithBodyProblems().ProducesProblem(StatusCodes.Status409Conflict).WithSummary("Adds a number, or restores a removed one.");
        group.MapGet("/check/{phone}", CheckAsync).WithSummary("Tells whether a number goes straight through.");
        group.MapGet("/{phone}", GetAsync).ProducesProblem(StatusCodes.Status404NotFound).WithSummary("Gets one entry (active or removed).");
        group.MapPut("/{phone}", UpdateAsync).Accepts<ExceptionUpdate>("application/json").WithBodyProblems().ProducesProblem(StatusCodes.Status404NotFound).WithSummary("Changes an entry's name, category and note.");
        group.MapDelete("/{phone}", RemoveAsync).ProducesProblem(StatusCodes.Status404NotFound).WithSummary("Removes an entry (kept, inactive, until re-added).");
        return group;
    }

    private static async Task<Results<Ok<ExceptionResponse[]>, ValidationProblem>> ListAsync(
        [OneOf(ApiWordList.ExceptionCategory)] string? category,
        [DocumentedAs(JsonSchemaType.Boolean), Description("true: removed entries too.")] string? includeInactive,
        ClaimsPrincipal user, IGrainFactory grains)
    {
        var validation = new Validation();
        if (category is not null)
        {
            validation.OneOf("category", category, ExceptionCategories.All);
        }

        var withRemoved = validation.TrueOrFalse("includeInactive", includeInactive);
        if (!validation.IsValid)
        {
            return validation.Problem;
        }

        var entries = await Company(grains, user).ListExceptionsAsync(withRemoved);
        return TypedResults.Ok(entries.Where(e => category is null || e.Category == category).Select(ExceptionResponse.Of).ToArray());
    }

    private static async Task<Results<Created<ExceptionResponse>, Ok<ExceptionResponse>, ValidationProblem, ProblemHttpResult>> AddAsync(
        HttpRequest request, JsonBody body, ClaimsPrincipal user, IGrainFactory grains)
    {
        var (input, problem) = await body.ReadAsync<ExceptionInput>(request);
        if (problem is not null)
        {
            return problem;
        }

        var validation = new Validation();
        var phone = await validation.CompanyPhoneAsync("phone", input!.Phone, grains, user.CompanyId());
        var draft = ExceptionRules.Draft(validation, phone, input.Name, input.Category, input.Note);
        if (!validation.IsValid)
        {
            return validation.Problem;
        }

        var change = await Company(grains, user).AddExceptionAsync(draft!);
        return change switch
        {
            { Kind: ExceptionChangeKind.Added, Entry: { } added } => TypedResults.Created($"/api/exceptions/{Uri.EscapeDataString(added.Phone)}", ExceptionResponse.Of(added)),
            { Kind: ExceptionChangeKind.Restored, Entry: { } restored } => TypedResults.Ok(ExceptionResponse.Of(restored)),
            { Kind: ExceptionChangeKind.Duplicate } => ApiProblems.Conflict(ExceptionRules.AlreadyListed(draft!.Phone)),
            _ => ApiProblems.Conflict(ExceptionRules.ListFull),
        };
    }

    private static async Task<Results<Ok<ExceptionResponse>, ProblemHttpResult, ValidationProblem>> GetAsync(
        string phone, ClaimsPrincipal user, IGrainFactory grains)
    {
        var (number, invalid) = await ParsePhoneAsync(phone, user, grains);
        if (invalid is not null)
        {
            return invalid;
        }

        return await Company(grains, user).GetExceptionAsync(number!) is { } entry
            ? TypedResults.Ok(ExceptionResponse.Of(entry))
            : NotOnList(number!);
    }

    private static async Task<Results<Ok<ExceptionCheckResponse>, ValidationProblem>> CheckAsync(string phone, ClaimsPrincipal user, IGrainFactory grains)
    {
        var (number, invalid) = await ParsePhoneAsync(phone, user, grains);
        if (invalid is not null)
        {
            return invalid;
        }

        var entry = await Company(grains, user).GetExceptionAsync(number!);
        return TypedResults.Ok(entry is { Active: true }
            ? new ExceptionCheckResponse(number!, true, entry.Name, entry.Category)
            : new ExceptionCheckResponse(number!, false, null, null));
    }

    private static async Task<Results<Ok<ExceptionResponse>, ProblemHttpResult, ValidationProblem>> UpdateAsync(
        string phone, HttpRequest request, JsonBody body, ClaimsPrincipal user, IGrainFactory grains)
    {
        var (input, problem) = await body.ReadAsync<ExceptionUpdate>(request);
        if (problem is not null)
        {
            return problem;
        }

        var (number, invalid) = await ParsePhoneAsync(phone, user, grains);
        if (invalid is not null)
        {
            return invalid;
        }

        var validation = new Validation();
        var draft = ExceptionRules.Draft(validation, number, input!.Name, input.Category, input.Note);
        if (!validation.IsValid)
        {
            return validation.Problem;
        }

        return await Company(grains, user).UpdateExceptionAsync(draft!) is { } updated
            ? TypedResults.Ok(ExceptionResponse.Of(updated))
            : NotOnList(number!);
    }

    private static async Task<Results<NoContent, ProblemHttpResult, ValidationProblem>> RemoveAsync(string phone, ClaimsPrincipal user, IGrainFactory grains)
    {
        var (number, invalid) = await ParsePhoneAsync(phone, user, grains);
        if (invalid is not null)
        {
            return invalid;
        }

        return await Company(grains, user).RemoveExceptionAsync(number!) ? TypedResults.NoContent() : NotOnList(number!);
    }

    private static async Task<(string? Number, ValidationProblem? Invalid)> ParsePhoneAsync(string phone, ClaimsPrincipal user, IGrainFactory grains)
    {
        var validation = new Validation();
        var number = await validation.CompanyPhoneAsync("phone", phone, grains, user.CompanyId());
        return validation.IsValid ? (number, null) : (null, validation.Problem);
    }

    private static ProblemHttpResult NotOnList(string phone) =>
        ApiProblems.NotFound($"{phone} is not on the exception list.");

    private static ICompanyGrain Company(IGrainFactory grains, ClaimsPrincipal user) => grains.GetGrain<ICompanyGrain>(user.CompanyId());
}
