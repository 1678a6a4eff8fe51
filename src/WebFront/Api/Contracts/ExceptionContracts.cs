using Concierge.Grains.Interfaces.Companies;
using Concierge.WebFront.Api.OpenApi;

namespace Concierge.WebFront.Api.Contracts;

/// <summary>
/// An exception to add: the number in any common format and a name; optionally a category (family, friend, favourite,
/// work, other; default other) and a note. (Optional fields have defaults, so the OpenAPI document does not require them.)
/// </summary>
public sealed record ExceptionInput(string? Phone, string? Name, [property: OneOf(ApiWordList.ExceptionCategory)] string? Category = null, string? Note = null);

/// <summary>New name, category and note for an existing exception.</summary>
public sealed record ExceptionUpdate(string? Name, [property: OneOf(ApiWordList.ExceptionCategory)] string? Category = null, string? Note = null);

/// <summary>Someone whose calls go straight through; removed entries are kept, inactive, until re-added.</summary>
public sealed record ExceptionResponse(string Phone, string Name, [property: OneOf(ApiWordList.ExceptionCategory)] string Category, string? Note, bool Active, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static ExceptionResponse Of(ExceptionEntry e) => new(e.Phone, e.Name, e.Category, e.Note, e.Active, e.CreatedAt, e.UpdatedAt);
}

/// <summary>Whether a number is on the exception list (active).</summary>
public sealed record ExceptionCheckResponse(string Phone, bool OnList, string? Name, [property: OneOf(ApiWordList.ExceptionCategory)] string? Category);
