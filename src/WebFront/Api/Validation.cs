using Concierge.Grains.Interfaces.Phones;
using Concierge.Grains.Interfaces.Text;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Concierge.WebFront.Api;

/// <summary>Collects field errors for one request, answered as a 400 ValidationProblem naming each field.</summary>
public sealed class Validation
{
    private readonly Dictionary<string, string[]> errors = new(StringComparer.Ordinal);

    public bool IsValid => errors.Count == 0;

    /// <summary>The messages by field, for a page that shows them next to its inputs.</summary>
    public IReadOnlyDictionary<string, string[]> Errors => errors;

    public ValidationProblem Problem => TypedResults.ValidationProblem(errors, title: "The request has invalid fields.");

    public void Add(string field, string message) => errors[field] = [.. errors.GetValueOrDefault(field, []), message];

    /// <summary>A required text of at most <paramref name="maxLength"/> characters, trimmed; null when invalid.</summary>
    public string? Required(string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, $"{field} is required.");
            return null;
        }

        return Optional(field, value, maxLength);
    }

    /// <summary>
    /// An optional text of at most <paramref name="maxLength"/> characters, trimmed (blank becomes null). Texts are said
    /// to callers and owners and written into TwiML, so a control character is refused (<see cref="SpeakableText"/>);
    /// <paramref name="multiline"/> texts (a note, instructions) may still hold tabs and line breaks.
    /// </summary>
    public string? Optional(string field, string? value, int maxLength, bool multiline = false)
    {
        var trimmed = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        if (trimmed is { Length: var length } && length > maxLength)
        {
            Add(field, $"{field} must be at most {maxLength} characters (got {length}).");
            return null;
        }

        if (trimmed is not null && SpeakableText.IndexOfUnspeakable(trimmed, allowLineBreaks: multiline) is var at and >= 0)
        {
            Add(field, $"{field} must not contain control characters (found U+{(int)trimmed[at]:X4}).");
            return null;
        }

        return trimmed;
    }

    /// <summary>One of <paramref name="allowed"/>; null (and an error) otherwise.</summary>
    public string? OneOf(string field, string? value, IReadOnlyList<string> allowed)
    {
        if (value is not null && allowed.Contains(value, StringComparer.Ordinal))
        {
            return value;
        }

        Add(field, $"{field} must be one of: {string.Join(", ", allowed)}.");
        return null;
    }

    /// <summary><c>true</c> or <c>false</c> (any case); false when not given, and an error when it is anything else.</summary>
    public bool TrueOrFalse(string field, string? value)
    {
        if (value is null)
        {
            return false;
        }

        if (bool.TryParse(value, out var flag))
        {
            return flag;
        }

        Add(field, $"{field} must be true or false.");
        return false;
    }

    /// <summary>A phone number in any common format, as E.164; national numbers are read for <paramref name="region"/>.</summary>
    public string? Phone(string field, string? value, string region)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, $"{field} is required.");
            return null;
        }

        if (PhoneNumber.TryParse(value, region, out var number, out var error))
        {
            return number.E164;
        }

        Add(field, error);
        return null;
    }
}
