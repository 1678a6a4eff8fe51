using System.Buffers;

namespace Concierge.Grains.Screening.Offline;

/// <summary>One word as the caller said it, with what the surrounding punctuation tells about it.</summary>
/// <param name="Text">The word without surrounding punctuation, in the caller's casing ("Dr", "l'école").</param>
/// <param name="Lower">The word in lower case with typographic apostrophes made plain ("it's").</param>
/// <param name="EndsClause">A comma, full stop, question or exclamation mark followed the word.</param>
/// <param name="EndsWithPeriod">The word was followed by a full stop, which after a title ("Dr.") is an abbreviation.</param>
internal readonly record struct SpokenToken(string Text, string Lower, bool EndsClause, bool EndsWithPeriod)
{
    private static readonly SearchValues<char> ClauseEnds = SearchValues.Create(",.;:!?…");

    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "dr", "mr", "mrs", "ms", "st", "mt", "jr", "sr", "prof", "mme", "mlle", "m", "me", "inc", "co", "ltd",
    };

    // Speech-to-text capitalizes proper nouns, which is the only signal a name has.
    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);

    /// <summary>The word without a French elided article or pronoun ("l'appartement" → "appartement").</summary>
    public string LowerWithoutElision => Lower[ElidedLength..];

    /// <summary>The word as said, without a French elided article ("d'Éco" → "Éco").</summary>
    public string TextWithoutElision => Text[ElidedLength..];

    // "l'", "d'", "qu'": an apostrophe within the first three letters that is not English "'s" ("it's", "Patel's").
    private int ElidedLength
    {
        get
        {
            var apostrophe = Lower.IndexOf('\'', StringComparison.Ordinal);
            return apostrophe is > 0 and <= 3 && apostrophe < Lower.Length - 1 && !Lower.EndsWith("'s", StringComparison.Ordinal)
                ? apostrophe + 1
                : 0;
        }
    }

    public static IReadOnlyList<SpokenToken> Tokenize(string text)
    {
        var tokens = new List<SpokenToken>();
        foreach (var raw in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var start = 0;
            var end = raw.Length;
            while (start < end && !char.IsLetterOrDigit(raw[start]))
            {
                start++;
            }
            while (end > start && !char.IsLetterOrDigit(raw[end - 1]))
            {
                end--;
            }
            if (start == end)
            {
                // A lone "!" or "?" (French puts a space before them) still closes the clause before it.
                if (raw.AsSpan().IndexOfAny(ClauseEnds) >= 0 && tokens.Count > 0)
                {
                    tokens[^1] = tokens[^1] with { EndsClause = true };
                }
                continue;
            }
            var word = raw[start..end].Replace('’', '\'').Replace('ʼ', '\'');
            var lower = word.ToLowerInvariant();
            var trailing = raw.AsSpan(end);
            var endsWithPeriod = trailing.StartsWith(".");
            // "Dr." and "St." end an abbreviation, not a sentence.
            var endsClause = trailing.IndexOfAny(ClauseEnds) >= 0 && !(endsWithPeriod && trailing.Length == 1 && Abbreviations.Contains(lower));
            tokens.Add(new(word, lower, endsClause, endsWithPeriod));
        }
        return tokens;
    }
}
