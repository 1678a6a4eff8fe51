using System.Text.Json;

namespace Concierge.Silo.Brains;

/// <summary>
/// Reads fields of the model's JSON answer, each a <see cref="ModelAnswerException"/> naming the field when it is missing or
/// of the wrong type. Strict structured output makes a bad answer unlikely, not impossible (other deployments, proxies,
/// truncation): nothing is stored or said before it passed through here. Messages never quote a value.
/// </summary>
internal static class ModelJson
{
    /// <summary>The answer's root object, detached from its document.</summary>
    public static JsonElement ParseObject(string json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            throw new ModelAnswerException("The model's answer is empty.");
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? document.RootElement.Clone()
                : throw new ModelAnswerException("The model's answer is not a JSON object.");
        }
        catch (JsonException ex)
        {
            throw new ModelAnswerException("The model's answer is not valid JSON.", ex);
        }
    }

    /// <summary>A present, non-blank string, trimmed.</summary>
    public static string RequiredText(JsonElement parent, string field) =>
        OptionalText(parent, field) ?? throw new ModelAnswerException($"Field '{field}' is missing or empty.");

    /// <summary>A trimmed string, or null when absent, null or blank.</summary>
    public static string? OptionalText(JsonElement parent, string field)
    {
        if (!parent.TryGetProperty(field, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (element.ValueKind != JsonValueKind.String)
        {
            throw new ModelAnswerException($"Field '{field}' is not a string.");
        }

        var text = element.GetString()!.Trim();
        return text.Length == 0 ? null : text;
    }

    /// <summary>A string that is one of <paramref name="allowed"/>.</summary>
    public static string OneOf(JsonElement parent, string field, IReadOnlyCollection<string> allowed)
    {
        var value = RequiredText(parent, field);
        return allowed.Contains(value) ? value : throw new ModelAnswerException($"Field '{field}' is not one of {string.Join('|', allowed)}.");
    }

    /// <summary>A whole number between <paramref name="min"/> and <paramref name="max"/>.</summary>
    public static int Integer(JsonElement parent, string field, int min, int max) =>
        parent.TryGetProperty(field, out var element) && element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out var value)
            ? value >= min && value <= max ? value : throw new ModelAnswerException($"Field '{field}' is not between {min} and {max}.")
            : throw new ModelAnswerException($"Field '{field}' is missing or not a whole number.");

    /// <summary>A number between <paramref name="min"/> and <paramref name="max"/>.</summary>
    public static double Number(JsonElement parent, string field, double min, double max) =>
        parent.TryGetProperty(field, out var element) && element.ValueKind == JsonValueKind.Number && element.TryGetDouble(out var value)
            ? value >= min && value <= max ? value : throw new ModelAnswerException($"Field '{field}' is not between {min} and {max}.")
            : throw new ModelAnswerException($"Field '{field}' is missing or not a number.");

    /// <summary>The elements of a required array.</summary>
    public static IReadOnlyList<JsonElement> Array(JsonElement parent, string field) =>
        parent.TryGetProperty(field, out var element) && element.ValueKind == JsonValueKind.Array
            ? [.. element.EnumerateArray()]
            : throw new ModelAnswerException($"Field '{field}' is missing or not an array.");

    /// <summary>A required object.</summary>
    public static JsonElement Object(JsonElement parent, string field) =>
        parent.TryGetProperty(field, out var element) && element.ValueKind == JsonValueKind.Object
            ? element
            : throw new ModelAnswerException($"Field '{field}' is missing or not an object.");

    /// <summary>The non-blank strings of an array that may be null (empty then), trimmed.</summary>
    public static IReadOnlyList<string> Texts(JsonElement parent, string field)
    {
        if (!parent.TryGetProperty(field, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (element.ValueKind != JsonValueKind.Array || element.EnumerateArray().Any(item => item.ValueKind != JsonValueKind.String))
        {
            throw new ModelAnswerException($"Field '{field}' is not an array of strings.");
        }

        return [.. element.EnumerateArray().Select(item => item.GetString()!.Trim()).Where(text => text.Length > 0)];
    }
}
