using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Concierge.WebFront.Api.OpenApi;

/// <summary>Applies <see cref="OneOfAttribute"/> and <see cref="DocumentedAsAttribute"/> to the schema of the property or parameter that carries them.</summary>
internal sealed class DeclaredSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var attributes = Attributes(context);
        if (attributes.OfType<DocumentedAsAttribute>().FirstOrDefault() is { } documented)
        {
            schema.Type = documented.Type | (schema.Type & JsonSchemaType.Null);
            schema.Format = documented.Type == JsonSchemaType.Integer ? "int32" : null;
            schema.Pattern = null;
        }

        if (attributes.OfType<OneOfAttribute>().FirstOrDefault() is { } oneOf)
        {
            // A field that may be null keeps null among its values, or a strict client would refuse a call without a decision.
            var nullable = (schema.Type & JsonSchemaType.Null) != 0;
            // (The OpenAPI model types its list as non-null nodes, yet writes a null node as JSON null.)
            schema.Enum = [.. ApiWords.Of(oneOf.List).Select(word => (JsonNode)JsonValue.Create(word)), .. nullable ? new JsonNode[] { null! } : []];
        }

        return Task.CompletedTask;
    }

    private static object[] Attributes(OpenApiSchemaTransformerContext context)
    {
        if (context.JsonPropertyInfo?.AttributeProvider is { } property)
        {
            return property.GetCustomAttributes(inherit: true);
        }

        return context.ParameterDescription?.ParameterDescriptor is IParameterInfoParameterDescriptor { ParameterInfo: ParameterInfo parameter }
            ? parameter.GetCustomAttributes(inherit: true)
            : [];
    }
}
