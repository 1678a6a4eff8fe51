using System.Text.Json;

namespace Concierge.Simulator.Leads;

/// <summary>What a simulated lead says to each of the company's questions: a clear answer of the question's kind.</summary>
public static class LeadAnswers
{
    /// <summary>Said by a lead who wants no more calls (the "stop calling me" variant).</summary>
    public const string Stop = "Please stop calling me and remove me from your list.";

    /// <summary>An answer to <paramref name="question"/> (as <c>/api/lead-settings</c> lists it) that the concierge can read.</summary>
    public static string For(JsonElement question) => question.GetProperty("kind").GetString() switch
    {
        "yes_no" => "Yes, I do.",
        "number" => "About twelve.",
        "choice" => question.GetProperty("options").EnumerateArray().First().GetString()!,
        _ => "Sometime next month would suit me.",
    };

    /// <summary>
    /// The answer to whichever configured question <paramref name="spoken"/> asks (the TwiML's words); a free answer when
    /// none matches (the introduction alone, or a question reworded).
    /// </summary>
    public static string ForPrompt(string spoken, IReadOnlyList<JsonElement> questions)
    {
        ArgumentNullException.ThrowIfNull(spoken);
        ArgumentNullException.ThrowIfNull(questions);
        var asked = questions.LastOrDefault(q => spoken.Contains(q.GetProperty("text").GetString()!, StringComparison.Ordinal));
        return asked.ValueKind == JsonValueKind.Object ? For(asked) : "Yes.";
    }
}
