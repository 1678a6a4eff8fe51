using System.Text.Json.Nodes;
using Concierge.Grains.Interfaces.Screening;
using OpenAI.Chat;

namespace Concierge.Silo.Brains;

/// <summary>
/// The structured-output contract the model must answer with: one JSON object that maps field by field onto
/// <see cref="ScreeningDecision"/>. Strict mode (the model is constrained to the schema) requires every property to be
/// listed as required, optional values to be typed as nullable, and additionalProperties to be false.
/// </summary>
internal static class ScreeningDecisionSchema
{
    public const string FormatName = "screening_decision";

    public const string Action = "action";
    public const string Reply = "reply";
    public const string Category = "category";
    public const string Urgency = "urgency";
    public const string Reason = "reason";
    public const string CallerName = "caller_name";
    public const string Purpose = "purpose";
    public const string Language = "language";

    /// <summary>The languages a reply may be in; the contract's <see cref="ScreeningDecision.Language"/> values.</summary>
    public static IReadOnlyList<string> Languages { get; } = ["en", "fr"];

    private static readonly ChatResponseFormat AnyTurn = Create(WireEnum<ScreeningAction>.Names);

    // On the last caller turn "ask" is not even offered, so a constrained model cannot pick it; the parser still checks.
    private static readonly ChatResponseFormat LastTurn =
        Create([.. WireEnum<ScreeningAction>.Names.Where(name => name != WireEnum<ScreeningAction>.NameOf(ScreeningAction.Ask))]);

    public static ChatResponseFormat For(bool isLastTurn) => isLastTurn ? LastTurn : AnyTurn;

    private static ChatResponseFormat Create(IReadOnlyList<string> actions)
    {
        var properties = new JsonObject
        {
            [Action] = Enumeration(actions, "What to do with the call."),
            [Reply] = Text("string", "The concierge's next words, spoken aloud to the caller: short, plain, no markup."),
            [Category] = Enumeration(WireEnum<CallCategory>.Names, "The kind of call."),
            [Urgency] = Enumeration(WireEnum<Urgency>.Names, "How urgent the caller's matter is."),
            [Reason] = Text("string", "Why this action, in one sentence, for the owner's call log."),
            [CallerName] = Text(Nullable(), "The name the caller gave, or null."),
            [Purpose] = Text(Nullable(), "Why they call, in a few words, or null when still unknown."),
            [Language] = Enumeration(Languages, "The language of the reply: the caller's language."),
        };

        var schema = new JsonObject
        {
            ["type"] = "object",
            ["properties"] = properties,
            ["required"] = new JsonArray([.. properties.Select(p => (JsonNode)p.Key)]),
            ["additionalProperties"] = false,
        };

        return ChatResponseFormat.CreateJsonSchemaFormat(
            FormatName,
            BinaryData.FromString(schema.ToJsonString()),
            jsonSchemaFormatDescription: "The concierge's decision after the caller's latest words.",
            jsonSchemaIsStrict: true);
    }

    private static JsonObject Enumeration(IEnumerable<string> values, string description) => new()
    {
        ["type"] = "string",
        ["enum"] = new JsonArray([.. values.Select(v => (JsonNode)v)]),
        ["description"] = description,
    };

    private static JsonObject Text(JsonNode type, string description) => new()
    {
        ["type"] = type,
        ["description"] = description,
    };

    private static JsonArray Nullable() => ["string", "null"];
}
