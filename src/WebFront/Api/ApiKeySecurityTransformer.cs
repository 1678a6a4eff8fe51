using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Concierge.WebFront.Api;

/// <summary>Describes the X-Api-Key scheme in the OpenAPI document and requires it on every /api operation.</summary>
internal sealed class ApiKeySecurityTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "Concierge API";
        document.Info.Description = "The owner's REST API: exception list, calls, callers; and the operator's company management (admin key).";
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[ApiKeyAuthentication.SchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = ApiKeyAuthentication.Header,
            Description = "A company's API key, or the operator's Concierge:AdminKey for /api/companies.",
        };
        var requirement = new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKeyAuthentication.SchemeName, document)] = [] };
        foreach (var (path, item) in document.Paths)
        {
            if (path.StartsWith("/api/", StringComparison.Ordinal) && item.Operations is { } operations)
            {
                foreach (var operation in operations.Values)
                {
                    operation.Security = [requirement];
                }
            }
        }

        return Task.CompletedTask;
    }
}
