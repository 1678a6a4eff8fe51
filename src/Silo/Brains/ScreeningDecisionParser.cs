using System.Text.Json;
using Concierge.Grains.Interfaces.Screening;
using Concierge.Grains.Interfaces.Text;

namespace Concierge.Silo.Brains;

/// <summary>
/// Turns the model's answer into a <see cref="ScreeningDecision"/>, or throws <see cref="ModelAnswerException"/>: a brain
/// must never return an invalid decision. Messages name the problem, never the content: it may echo the caller.
/// </summary>
internal static class ScreeningDecisionParser
{
    /// <summary>Parses and validates the JSON object the schema describes.</summary>
    public static ScreeningDecision Parse(string json, bool isLastTurn) => Read(ModelJson.ParseObject(json), isLastTurn);

    /// <summary>Validates the answer's object field by field.</summary>
    public static ScreeningDecision Read(JsonElement root, bool isLastTurn)
    {
        var action = RequiredEnum<ScreeningAction>(root, ScreeningDecisionSchema.Action);
        if (action == ScreeningAction.Ask && isLastTurn)
        {
            throw new ModelAnswerException("The model asked another question on the last caller turn, where it must decide.");
        }

        return new ScreeningDecision(
            action,
            RequiredText(root, ScreeningDecisionSchema.Reply),
            RequiredEnum<CallCategory>(root, ScreeningDecisionSchema.Category),
            RequiredEnum<Urgency>(root, ScreeningDecisionSchema.Urgency),
            RequiredText(root, ScreeningDecisionSchema.Reason),
            OptionalText(root, ScreeningDecisionSchema.CallerName),
            OptionalText(root, ScreeningDecisionSchema.Purpose),
            ModelJson.OneOf(root, ScreeningDecisionSchema.Language, ScreeningDecisionSchema.Languages));
    }

    private static TEnum RequiredEnum<TEnum>(JsonElement root, string field)
        where TEnum : struct, Enum
    {
        var name = ModelJson.OneOf(root, field, WireEnum<TEnum>.Names);
        return WireEnum<TEnum>.TryParse(name, out var value) ? value : throw new ModelAnswerException($"Field '{field}' is not a known value.");
    }

    /// <summary>A present string with something left to say once cleaned: an empty reply would leave the caller in silence.</summary>
    private static string RequiredText(JsonElement root, string field) =>
        OptionalText(root, field) ?? throw new ModelAnswerException($"Field '{field}' is missing or empty.");

    /// <summary>
    /// A trimmed string without what cannot be said (the reply is spoken, the name and purpose stored), or null when
    /// absent, null or blank.
    /// </summary>
    private static string? OptionalText(JsonElement root, string field) =>
        ModelJson.OptionalText(root, field) is { } text && SpeakableText.Clean(text).Trim() is { Length: > 0 } clean ? clean : null;
}
