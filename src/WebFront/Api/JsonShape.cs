using System.Collections;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Concierge.WebFront.Api;

/// <summary>What a request body's JSON should have been, said in the words of a field error.</summary>
public static class JsonShape
{
    /// <summary>The field error's key for the body as a whole (an array or a number where an object belongs).</summary>
    public const string Body = "body";

    /// <summary>What a client sending anything but JSON to a JSON route is told (415).</summary>
    public const string SendJson = "Send the body as JSON, with the header Content-Type: application/json.";

    /// <summary>Whether <paramref name="utf8"/> parses as JSON at all, telling a syntax error from a value of the wrong type.</summary>
    public static bool IsWellFormed(ReadOnlySpan<byte> utf8)
    {
        try
        {
            var reader = new Utf8JsonReader(utf8);
            while (reader.Read())
            {
            }

            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>The field a deserialization error's JSON path points at (<c>$.phone</c> → <c>phone</c>); <see cref="Body"/> for the root.</summary>
    public static string Field(string? path) =>
        path is { Length: > 2 } && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : Body;

    /// <summary>What <paramref name="field"/> of <paramref name="body"/> holds, e.g. "a string" or "a whole number".</summary>
    public static string Expected(JsonTypeInfo body, string field)
    {
        if (field == Body)
        {
            return "a JSON object";
        }

        var name = field.Split('.', '[')[0];
        var property = body.Properties.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
        if (property is null)
        {
            return "of another type";
        }

        var type = property.PropertyType;
        var element = field.Contains('[', StringComparison.Ordinal) ? ElementOf(type) : null;
        return Describe(element ?? type);
    }

    private static Type? ElementOf(Type type) =>
        type.IsArray ? type.GetElementType() : type.IsGenericType ? type.GetGenericArguments()[0] : null;

    private static string Describe(Type type) => (Nullable.GetUnderlyingType(type) ?? type) switch
    {
        var t when t == typeof(string) => "a string",
        var t when t == typeof(int) || t == typeof(long) => "a whole number",
        var t when t == typeof(bool) => "true or false",
        var t when typeof(IEnumerable).IsAssignableFrom(t) => "an array",
        _ => "an object",
    };
}
