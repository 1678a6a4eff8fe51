using Concierge.Grains.Interfaces.Companies;

namespace Concierge.WebFront.Api.Contracts;

/// <summary>An exception to add: the number in any common format, a name, a category (family, friend, favourite, work, other), a note.</summary>
public sealed record ExceptionInput(string? Phone, string? Name, string? Category, string? Note);

/// <summary>New name, category and note for an existing exception.</summary>
public sealed record ExceptionUpdate(string? Name, string? Category, string? Note);

/// <summary>Someone whose calls go straight through; removed entries are kept, inactive, until re-added.</summary>
public sealed record ExceptionResponse(string Phone, string Name, string Category, string? Note, bool Active, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static ExceptionResponse Of(ExceptionEntry e) => new(e.Phone, e.Name, e.Category, e.Note, e.Active, e.CreatedAt, e.UpdatedAt);
}

/// <summary>Whether a number is on the exception list (active).</summary>
public sealed record ExceptionCheckResponse(string Phone, bool OnList, string? Name, string? Category);
