using Microsoft.OpenApi;

namespace Concierge.WebFront.Api.OpenApi;

/// <summary>
/// A query parameter bound as text but holding a number or a boolean, documented as such. Bound as text because ASP.NET
/// answers a typed parameter it cannot parse (<c>limit=abc</c>, <c>blocked=1</c>) with a bare 400 before our code runs;
/// as text, <see cref="Validation"/> reads it and a bad value gets a 400 ProblemDetails naming the parameter.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property)]
public sealed class DocumentedAsAttribute(JsonSchemaType type) : Attribute
{
    public JsonSchemaType Type { get; } = type;
}
