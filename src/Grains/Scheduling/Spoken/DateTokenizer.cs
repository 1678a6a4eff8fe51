using System.Text;
using Concierge.Grains.Screening.Offline;

namespace Concierge.Grains.Scheduling.Spoken;

/// <summary>
/// Cuts a caller's words into <see cref="DateToken"/>s: accents and case folded as the screener does, digits split
/// from letters ("15h30" → 15 h 30, "3rd" → 3rd), clock and date separators kept as words ("14:30" → 14 h 30,
/// "12/03" → 12 slash 03), fixed expressions joined ("après-midi", "aujourd'hui", "o'clock"), numbers read.
/// </summary>
internal static class DateTokenizer
{
    private static readonly (string First, string Second, string Joined)[] Expressions =
    [
        ("apres", "midi", "apresmidi"),
        ("aujourd", "hui", "aujourdhui"),
        ("apres", "demain", "apresdemain"),
        ("o", "clock", "oclock"),
        ("week", "end", "weekend"),
        ("a", "m", "am"),
        ("p", "m", "pm"),
    ];

    public static IReadOnlyList<DateToken> Read(string text)
    {
        var words = JoinExpressions(SplitDigitsFromLetters(SpokenText.Normalize(MarkSeparators(text))));
        var tokens = new List<DateToken>(words.Count);
        for (var i = 0; i < words.Count;)
        {
            var taken = NumberWords.Read(words, i, out var value, out var ordinal, out var digits);
            if (taken == 0)
            {
                tokens.Add(new DateToken(words[i], null, false, 0));
                i++;
                continue;
            }

            tokens.Add(new DateToken(string.Join(' ', words.Skip(i).Take(taken)), value, ordinal, digits));
            i += taken;
        }

        return tokens;
    }

    // Punctuation between digits means something in a time or a date; elsewhere it is only a separator.
    private static string MarkSeparators(string text)
    {
        var marked = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var betweenDigits = i > 0 && i + 1 < text.Length && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1]);
            marked.Append(betweenDigits && c is ':' or '.' ? " h " : betweenDigits && c == '/' ? " slash " : c.ToString());
        }

        return marked.ToString();
    }

    private static List<string> SplitDigitsFromLetters(string normalized)
    {
        var words = new List<string>();
        foreach (var word in normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var start = 0;
            for (var i = 1; i <= word.Length; i++)
            {
                if (i == word.Length || char.IsAsciiDigit(word[i]) != char.IsAsciiDigit(word[i - 1]))
                {
                    words.Add(word[start..i]);
                    start = i;
                }
            }
        }

        return words;
    }

    private static List<string> JoinExpressions(List<string> words)
    {
        var joined = new List<string>(words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            var expression = i + 1 < words.Count ? Array.Find(Expressions, e => e.First == words[i] && e.Second == words[i + 1]) : default;
            if (expression.Joined is not null)
            {
                joined.Add(expression.Joined);
                i++;
            }
            else
            {
                joined.Add(words[i]);
            }
        }

        return joined;
    }
}
