using System.Text.Json.Nodes;
using Concierge.Grains.Interfaces.Screening;

namespace Concierge.Silo.Brains;

/// <summary>
/// The structured-output contract the model must answer with: one JSON object that maps field by field onto
/// <see cref="ScreeningDecision"/>, held to in strict mode (<see cref="StrictJsonFormat"/>).
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

    /// <summary>The JSON answer is ~100 tokens; the cap only stops a runaway answer from eating the deadline.</summary>
    private const int MaxOutputTokens = 500;

    private static readonly StrictJsonFormat AnyTurn = Create(WireEnum<ScreeningAction>.Names);

    // On the last caller turn "ask" is not even offered, so a constrained model cannot pick it; the parser still checks.
    private static readonly StrictJsonFormat LastTurn =
        Create([.. WireEnum<ScreeningAction>.Names.Where(name => name != WireEnum<ScreeningAction>.NameOf(ScreeningAction.Ask))]);

    public static StrictJsonFormat For(bool isLastTurn) => isLastTurn ? LastTurn : AnyTurn;

    private static StrictJsonFormat Create(IReadOnlyList<string> actions) => StrictJsonFormat.Create(
        FormatName,
        "The concierge's decision after the caller's latest words.",
        new JsonObject
        {
            [Action] = StrictJsonFormat.Enumeration(actions, "What to do with the call."),
            [Reply] = StrictJsonFormat.Text("The concierge's next words, spoken aloud to the caller: short, plain, no markup."),
            [Category] = StrictJsonFormat.Enumeration(WireEnum<CallCategory>.Names, "The kind of call."),
            [Urgency] = StrictJsonFormat.Enumeration(WireEnum<Urgency>.Names, "How urgent the caller's matter is."),
            [Reason] = StrictJsonFormat.Text("Why this action, in one sentence, for the owner's call log."),
            [CallerName] = StrictJsonFormat.NullableText("The name the caller gave, or null."),
            [Purpose] = StrictJsonFormat.NullableText("Why they call, in a few words, or null when still unknown."),
            [Language] = StrictJsonFormat.Enumeration(Languages, "The language of the reply: the caller's language."),
        },
        MaxOutputTokens);
}
