using Concierge.Grains.Interfaces.Companies;

namespace Concierge.WebFront.Api;

/// <summary>What an exception entry must be, and how one is added: the REST API and the dashboard share these rules.</summary>
public static class ExceptionRules
{
    public static string ListFull { get; } = $"The exception list holds at most {CompanyLimits.MaxExceptions} numbers.";

    public static string AlreadyListed(string phone) => $"{phone} is already on the exception list.";

    /// <summary>Name (required, 100), category (one of <see cref="ExceptionCategories.All"/>, default other), note (500); null when invalid.</summary>
    public static ExceptionDraft? Draft(Validation validation, string? phone, string? name, string? category, string? note)
    {
        var validName = validation.Required("name", name, 100);
        var validCategory = validation.OneOf("category", category ?? ExceptionCategories.Other, ExceptionCategories.All);
        var validNote = validation.Optional("note", note, 500, multiline: true);
        return validation.IsValid ? new ExceptionDraft(phone!, validName!, validCategory!, validNote) : null;
    }
}
