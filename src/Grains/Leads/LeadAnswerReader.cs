using System.Globalization;
using System.Text.RegularExpressions;
using Concierge.Grains.Interfaces.Leads;
using Concierge.Grains.Notes;

namespace Concierge.Grains.Leads;

/// <summary>
/// Reads what a lead said, in English or French: a wish not to be called, and the typed answer to a question (yes/no, a
/// number in digits or words, one of the choices, free text). An answer it cannot read is null: the question is asked again.
/// </summary>
public static partial class LeadAnswerReader
{
    private static readonly string[] StopPhrases =
    [
        "stop", "not interested", "remove me", "take me off", "don't call", "do not call", "dont call", "unsubscribe", "leave me alone",
        "arrete", "pas interesse", "retirez-moi", "retirez moi", "ne m'appelez plus", "ne plus m'appeler", "ne pas m'appeler",
    ];

    private static readonly string[] Yes = ["yes", "yeah", "yep", "sure", "of course", "correct", "absolutely", "i do", "oui", "ouais", "bien sur", "d'accord", "exactement", "tout a fait"];

    private static readonly string[] No = ["no", "nope", "not really", "i don't", "i do not", "never", "non", "pas du tout", "jamais"];

    private static readonly Dictionary<string, int> NumberWords = new(StringComparer.Ordinal)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9,
        ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17,
        ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70,
        ["eighty"] = 80, ["ninety"] = 90,
        ["un"] = 1, ["une"] = 1, ["deux"] = 2, ["trois"] = 3, ["quatre"] = 4, ["cinq"] = 5, ["sept"] = 7, ["huit"] = 8, ["neuf"] = 9, ["dix"] = 10,
        ["onze"] = 11, ["douze"] = 12, ["treize"] = 13, ["quatorze"] = 14, ["quinze"] = 15, ["seize"] = 16, ["vingt"] = 20, ["trente"] = 30,
        ["quarante"] = 40, ["cinquante"] = 50, ["soixante"] = 60,
    };

    /// <summary>Whether the lead asked not to be called (stop, not interested, remove me…).</summary>
    public static bool AsksToStop(string speech) => StopPhrases.Any(phrase => ContainsPhrase(Normalize(speech), phrase));

    /// <summary>The answer to <paramref name="question"/> in <paramref name="speech"/>, as stored; null when it cannot be read.</summary>
    public static string? Read(LeadQuestion question, string? speech)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (string.IsNullOrWhiteSpace(speech))
        {
            return null;
        }

        var text = Normalize(speech);
        return question.Kind switch
        {
            LeadQuestionKinds.YesNo => YesOrNo(text),
            LeadQuestionKinds.Number => Number(text)?.ToString(CultureInfo.InvariantCulture),
            LeadQuestionKinds.Choice => question.Options.SingleOrDefault(option => ContainsPhrase(text, Normalize(option))),
            _ => speech.Trim(),
        };
    }

    private static string? YesOrNo(string text)
    {
        var yes = Yes.Any(word => ContainsPhrase(text, word));
        var no = No.Any(word => ContainsPhrase(text, word));
        return yes == no ? null : yes ? "yes" : "no"; // both or neither: unclear
    }

    /// <summary>The first number said: digits ("3", "1,200"), or words ("twenty five", "trois cents", "two thousand").</summary>
    private static long? Number(string text)
    {
        if (Digits().Match(text) is { Success: true } digits)
        {
            return long.Parse(digits.Value.Replace(",", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
        }

        long total = 0, current = 0;
        var any = false;
        foreach (var word in text.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (NumberWords.TryGetValue(word, out var value))
            {
                current += value;
                any = true;
            }
            else if (word is "hundred" or "cent" or "cents")
            {
                current = Math.Max(current, 1) * 100;
                any = true;
            }
            else if (word is "thousand" or "mille")
            {
                total += Math.Max(current, 1) * 1000;
                current = 0;
                any = true;
            }
            else if (any && word is not ("and" or "et"))
            {
                break; // the number ended
            }
        }

        return any ? total + current : null;
    }

    private static bool ContainsPhrase(string text, string phrase) =>
        Regex.IsMatch(text, $@"(?<![\p{{L}}\p{{N}}']){Regex.Escape(phrase)}(?![\p{{L}}\p{{N}}])", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));

    /// <summary>Lower case, no accents, straight apostrophes, no punctuation but apostrophes and hyphens.</summary>
    private static string Normalize(string text) =>
        Punctuation().Replace(NoteRows.Searchable(text.Replace('’', '\'')), " ").Trim();

    [GeneratedRegex(@"\d{1,3}(?:[, ]\d{3})+(?!\d)|\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"[^\p{L}\p{N}'\- ]")]
    private static partial Regex Punctuation();
}
