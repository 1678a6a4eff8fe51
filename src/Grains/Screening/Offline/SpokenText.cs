using System.Globalization;
using System.Text;

namespace Concierge.Grains.Screening.Offline;

/// <summary>
/// Folds spoken words into the one form every cue, keyword and caller turn is compared in: lower case, no accents,
/// only letters and digits separated by single spaces, with a space at both ends. A phrase then matches whole words
/// by a plain ordinal search for " phrase ", which is fast and needs no regular expression.
/// </summary>
internal static class SpokenText
{
    // Folding is precomputed for ASCII and the Latin range once, so normalizing a turn allocates only its result.
    private const int FoldedRangeEnd = 0x0250;
    private static readonly string[] Folds = BuildFolds();

    public static string Normalize(string text)
    {
        var folded = new StringBuilder(text.Length + 2);
        folded.Append(' ');
        foreach (var character in text)
        {
            var fold = Fold(character);
            if (fold is null)
            {
                if (folded[^1] != ' ')
                {
                    folded.Append(' ');
                }
                continue;
            }
            folded.Append(fold);
        }
        if (folded[^1] != ' ')
        {
            folded.Append(' ');
        }
        return folded.ToString();
    }

    /// <summary>True when <paramref name="normalized"/> holds <paramref name="pattern"/> (itself normalized).</summary>
    public static bool Contains(string normalized, string pattern) => normalized.Contains(pattern, StringComparison.Ordinal);

    private static string? Fold(char character) =>
        character < FoldedRangeEnd ? Folds[character] : char.IsLetterOrDigit(character) ? char.ToLowerInvariant(character).ToString() : null;

    private static string[] BuildFolds()
    {
        var folds = new string[FoldedRangeEnd];
        for (var code = 0; code < FoldedRangeEnd; code++)
        {
            var character = (char)code;
            if (!char.IsLetterOrDigit(character))
            {
                continue;
            }
            var lower = char.ToLowerInvariant(character);
            folds[code] = lower switch
            {
                'œ' => "oe",
                'æ' => "ae",
                'ß' => "ss",
                _ => BaseLetter(lower),
            };
        }
        return folds;
    }

    private static string BaseLetter(char letter)
    {
        var decomposed = letter.ToString().Normalize(NormalizationForm.FormD);
        var kept = new StringBuilder(decomposed.Length);
        foreach (var part in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(part) != UnicodeCategory.NonSpacingMark)
            {
                kept.Append(part);
            }
        }
        return kept.ToString();
    }
}
