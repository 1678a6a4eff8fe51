using System.Text.Json;
using Concierge.Grains.Interfaces.Calls;

namespace Concierge.WebFront.Media;

/// <summary>
/// A function call of the voice model as the call's decision: the same structured values the screener decides with. An
/// unknown function or arguments that are not a JSON object are no decision (null); a category or urgency the call does not know is ignored there.
/// </summary>
public static class ToolCallDecision
{
    /// <summary>The longest text kept from an argument: a model that rambles does not fill the call log.</summary>
    private const int MaxText = 2000;

    public static StreamDecision? Read(string? name, string? arguments)
    {
        if (name is null || !StreamTools.ModelTools.Contains(name))
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(string.IsNullOrWhiteSpace(arguments) ? "{}" : arguments);
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var args = json.RootElement;
            return new StreamDecision(
                name,
                Text(args, "reason"),
                Text(args, "caller_name"),
                Text(args, "purpose"),
                Text(args, "message"),
                Text(args, "category"),
                Text(args, "urgency"),
                Text(args, "request"));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement args, string property) =>
        args.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && value.GetString()!.Trim() is { Length: > 0 } text
            ? (text.Length > MaxText ? text[..MaxText] : text)
            : null;
}
