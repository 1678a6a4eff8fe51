using System.Text.Json;
using Concierge.Grains.Interfaces.Screening;
using Concierge.Grains.Interfaces.Text;
using OpenAI.Chat;

namespace Concierge.Silo.Brains;

/// <summary>
/// Turns the model's answer into a <see cref="ScreeningDecision"/>, or throws <see cref="ModelScreeningException"/>.
/// Strict structured output makes a bad answer unlikely, not impossible (other deployments, proxies, truncation), and a
/// brain must never return an invalid decision. Messages name the problem, never the content: it may echo the caller.
/// </summary>
internal static class ScreeningDecisionParser
{
    /// <summary>Checks how the completion ended, then parses its text.</summary>
    public static ScreeningDecision Parse(ChatCompletion completion, bool isLastTurn)
    {
        var (refusal, finishReason, text) = Read(completion);
        if (!string.IsNullOrEmpty(refusal))
        {
            throw new ModelScreeningException("The model refused to answer.");
        }

        if (finishReason != ChatFinishReason.Stop)
        {
            throw new ModelScreeningException($"The model stopped early (finish reason {finishReason}); its answer is incomplete.");
        }

        return Parse(text, isLastTurn);
    }

    /// <summary>Parses and validates the JSON object the schema describes.</summary>
    public static ScreeningDecision Parse(string json, bool isLastTurn)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            throw new ModelScreeningException("The model's answer is empty.");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            throw new ModelScreeningException("The model's answer is not valid JSON.", ex);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new ModelScreeningException("The model's answer is not a JSON object.");
            }

            var action = RequiredEnum<ScreeningAction>(root, ScreeningDecisionSchema.Action);
            if (action == ScreeningAction.Ask && isLastTurn)
            {
                throw new ModelScreeningException("The model asked another question on the last caller turn, where it must decide.");
            }

            var language = RequiredText(root, ScreeningDecisionSchema.Language);
            if (!ScreeningDecisionSchema.Languages.Contains(language))
            {
                throw new ModelScreeningException($"Field '{ScreeningDecisionSchema.Language}' is not one of {string.Join('|', ScreeningDecisionSchema.Languages)}.");
            }

            return new ScreeningDecision(
                action,
                RequiredText(root, ScreeningDecisionSchema.Reply),
                RequiredEnum<CallCategory>(root, ScreeningDecisionSchema.Category),
                RequiredEnum<Urgency>(root, ScreeningDecisionSchema.Urgency),
                RequiredText(root, ScreeningDecisionSchema.Reason),
                OptionalText(root, ScreeningDecisionSchema.CallerName),
                OptionalText(root, ScreeningDecisionSchema.Purpose),
                language);
        }
    }

    /// <summary>The completion's getters read choices[0]: an envelope without a choice makes them throw.</summary>
    private static (string? Refusal, ChatFinishReason FinishReason, string Text) Read(ChatCompletion completion)
    {
        try
        {
            var text = string.Concat(completion.Content.Where(part => part.Kind == ChatMessageContentPartKind.Text).Select(part => part.Text));
            return (completion.Refusal, completion.FinishReason, text);
        }
        catch (ArgumentOutOfRangeException ex)
        {
            throw new ModelScreeningException("The model's response carries no choice.", ex);
        }
    }

    private static TEnum RequiredEnum<TEnum>(JsonElement root, string field)
        where TEnum : struct, Enum
    {
        var name = RequiredText(root, field);
        return WireEnum<TEnum>.TryParse(name, out var value)
            ? value
            : throw new ModelScreeningException($"Field '{field}' is not one of {string.Join('|', WireEnum<TEnum>.Names)}.");
    }

    /// <summary>A present, non-blank string, trimmed: an empty reply would leave the caller in silence.</summary>
    private static string RequiredText(JsonElement root, string field) =>
        OptionalText(root, field) ?? throw new ModelScreeningException($"Field '{field}' is missing or empty.");

    /// <summary>
    /// A trimmed string without what cannot be said (the reply is spoken, the name and purpose stored), or null when
    /// absent, null or blank.
    /// </summary>
    private static string? OptionalText(JsonElement root, string field)
    {
        if (!root.TryGetProperty(field, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (element.ValueKind != JsonValueKind.String)
        {
            throw new ModelScreeningException($"Field '{field}' is not a string.");
        }

        var text = SpeakableText.Clean(element.GetString()!).Trim();
        return text.Length == 0 ? null : text;
    }
}
