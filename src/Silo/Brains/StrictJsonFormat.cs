using System.Text.Json.Nodes;
using OpenAI.Chat;

namespace Concierge.Silo.Brains;

/// <summary>
/// A response format the model is held to: one JSON object described by a JSON schema in strict mode. Strict mode requires
/// every property, at every level, to be listed as required (optional values typed as nullable) and additionalProperties
/// to be false; <see cref="Create"/> and <see cref="Closed"/> write both, so no caller can forget them.
/// </summary>
/// <param name="MaxOutputTokens">Caps a runaway answer so it cannot eat the deadline; sized for the largest valid answer.</param>
public sealed record StrictJsonFormat(string Name, ChatResponseFormat ResponseFormat, int MaxOutputTokens)
{
    public static StrictJsonFormat Create(string name, string description, JsonObject properties, int maxOutputTokens) => new(
        name,
        ChatResponseFormat.CreateJsonSchemaFormat(
            name, BinaryData.FromString(Closed(properties).ToJsonString()), jsonSchemaFormatDescription: description, jsonSchemaIsStrict: true),
        maxOutputTokens);

    /// <summary>An object schema with every one of <paramref name="properties"/> required and no other property allowed.</summary>
    public static JsonObject Closed(JsonObject properties, string? description = null)
    {
        var schema = new JsonObject
        {
            ["type"] = "object",
            ["properties"] = properties,
            ["required"] = new JsonArray([.. properties.Select(p => (JsonNode)p.Key)]),
            ["additionalProperties"] = false,
        };
        if (description is not null)
        {
            schema["description"] = description;
        }

        return schema;
    }

    public static JsonObject Enumeration(IEnumerable<string> values, string description) => new()
    {
        ["type"] = "string",
        ["enum"] = new JsonArray([.. values.Select(v => (JsonNode)v)]),
        ["description"] = description,
    };

    public static JsonObject Text(string description) => Typed("string", description);

    /// <summary>A string or null: strict mode's way of saying "optional".</summary>
    public static JsonObject NullableText(string description) => Typed(new JsonArray("string", "null"), description);

    public static JsonObject WholeNumber(string description) => Typed("integer", description);

    public static JsonObject Number(string description) => Typed("number", description);

    public static JsonObject ArrayOf(JsonObject items, string description) => new()
    {
        ["type"] = "array",
        ["items"] = items,
        ["description"] = description,
    };

    private static JsonObject Typed(JsonNode type, string description) => new()
    {
        ["type"] = type,
        ["description"] = description,
    };
}
