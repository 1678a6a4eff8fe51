using Microsoft.AspNetCore.Http.HttpResults;

namespace Concierge.WebFront.Api;

/// <summary>Problem answers shared by the API's routes (application/problem+json, as every error is).</summary>
public static class ApiProblems
{
    public static ProblemHttpResult NotFound(string title) => TypedResults.Problem(title: title, statusCode: StatusCodes.Status404NotFound);

    public static ProblemHttpResult Conflict(string title) => TypedResults.Problem(title: title, statusCode: StatusCodes.Status409Conflict);

    /// <summary>What every API route may answer: 401 without a valid key, 403 with the wrong kind of key, 429 over the rate limit, 503 with the store down.</summary>
    public static RouteGroupBuilder WithApiProblems(this RouteGroupBuilder group) => group
        .ProducesProblem(StatusCodes.Status401Unauthorized)
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .ProducesProblem(StatusCodes.Status429TooManyRequests)
        .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

    /// <summary>What a route reading a JSON body may answer besides validation errors: malformed (400), too large (413), not JSON (415).</summary>
    public static RouteHandlerBuilder WithBodyProblems(this RouteHandlerBuilder route) => route
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
        .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
}
