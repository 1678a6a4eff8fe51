using Concierge.TestSupport;
using System.Text.Json.Nodes;
using Concierge.Grains.Interfaces.Screening;

namespace Concierge.Silo.Tests.Brains;

/// <summary>Contexts, model answers and request readers shared by the brain tests.</summary>
internal static class ScreeningScenarios
{
    public const string OwnerInstructions = "Always put my sister Jo through. Never transfer recruiters.";

    public static readonly CallerHistory KnownCaller = new(
        3, "Sam", ["transferred", "completed"], 0.2, new DateTimeOffset(2026, 11, 20, 9, 30, 0, TimeSpan.Zero));

    public static readonly IReadOnlyList<ConversationTurn> EnglishConversation =
    [
        new(Speaker.Concierge, "Hello, you've reached Alex's concierge. Who's calling, and what is it about?"),
        new(Speaker.Caller, "Hi, it's Sam from St Mary's school. Alex's son has a fever and needs picking up."),
    ];

    public static readonly IReadOnlyList<ConversationTurn> FrenchConversation =
    [
        new(Speaker.Concierge, "Bonjour, vous êtes chez le concierge d'Alex. Qui est à l'appareil ?"),
        new(Speaker.Caller, "Bonjour, c'est Élodie de la pharmacie, l'ordonnance d'Alex est prête."),
    ];

    public static ScreeningContext Context(
        IReadOnlyList<ConversationTurn>? conversation = null, int callerTurn = 1, int maxCallerTurns = 3, CallerHistory? history = null)
        => new("Alex", OwnerInstructions, ["en-US", "fr-FR"], conversation ?? EnglishConversation, history ?? KnownCaller, callerTurn, maxCallerTurns);

    /// <summary>A model answer as the schema describes it; every field can be overridden.</summary>
    public static string Answer(
        string action = "transfer",
        string reply = "Thank you Sam, I'm putting you through to Alex now.",
        string category = "urgent",
        string urgency = "high",
        string reason = "The school says Alex's son is ill and must be picked up.",
        string? callerName = "Sam",
        string? purpose = "sick child at school",
        string language = "en")
        => new JsonObject
        {
            ["action"] = action,
            ["reply"] = reply,
            ["category"] = category,
            ["urgency"] = urgency,
            ["reason"] = reason,
            ["caller_name"] = callerName,
            ["purpose"] = purpose,
            ["language"] = language,
        }.ToJsonString();

    /// <summary>(role, text) of each message in a chat-completions request body.</summary>
    public static IReadOnlyList<(string Role, string Text)> Messages(RecordedRequest request) => request.Messages;

    /// <summary>The JSON schema sent as response_format.</summary>
    public static JsonNode Schema(RecordedRequest request) => request.ResponseSchema;

    public static IReadOnlyList<string> Strings(JsonNode array) => [.. array.AsArray().Select(n => n!.GetValue<string>())];
}
