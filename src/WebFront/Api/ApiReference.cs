using Scalar.AspNetCore;

namespace Concierge.WebFront.Api;

/// <summary><c>/api/docs</c>: the API reference page (Scalar) over the OpenAPI document at <c>/openapi/v1.json</c>.</summary>
public static class ApiReference
{
    public const string Path = "/api/docs";

    public static IEndpointConventionBuilder MapApiReference(this IEndpointRouteBuilder routes) =>
        routes.MapScalarApiReference(Path, options => options
            .WithTitle("Concierge API")
            .WithOpenApiRoutePattern("/openapi/{documentName}.json"));
}
