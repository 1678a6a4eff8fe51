using Concierge.Silo.Queries;
using Concierge.WebFront.Api.OpenApi;
using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;

namespace Concierge.WebFront.Api;

/// <summary>The page a list route is asked for (<c>cursor</c>, <c>limit</c>), bound as text like every query parameter of the API.</summary>
public sealed record PageQuery
{
    [FromQuery(Name = "cursor")]
    public string? Cursor { get; init; }

    [FromQuery(Name = "limit"), DocumentedAs(JsonSchemaType.Integer)]
    public string? Limit { get; init; }

    /// <inheritdoc cref="Paging.Read"/>
    public (PageCursor? After, int Take) Read(Validation validation) => Paging.Read(validation, Cursor, Limit);
}
