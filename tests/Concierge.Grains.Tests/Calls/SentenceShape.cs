using System.Text.RegularExpressions;

namespace Concierge.Grains.Tests.Calls;

/// <summary>What makes a line a sentence a caller can hear or an owner can read, as a list of what is wrong with it.</summary>
internal static partial class SentenceShape
{
    public static IReadOnlyList<string> Problems(string line)
    {
        var problems = new List<string>();
        if (line.Length == 0 || !char.IsUpper(line[0]))
        {
            problems.Add("does not start with a capital letter");
        }

        if (line.Length == 0 || line[^1] is not ('.' or '?' or '!'))
        {
            problems.Add("does not end with . ? or !");
        }

        if (line.Contains("..", StringComparison.Ordinal) || line.Contains(".;", StringComparison.Ordinal) || line.Contains(".,", StringComparison.Ordinal))
        {
            problems.Add("has a full stop followed by more punctuation");
        }

        if (QuotedWord().IsMatch(line))
        {
            problems.Add("quotes a single word");
        }

        if (line.Contains("  ", StringComparison.Ordinal) || SpaceBeforeEnglishPunctuation().IsMatch(line) || line.Contains('{') || line.Contains('['))
        {
            problems.Add("has a stray space, placeholder or bracket");
        }

        return problems;
    }

    [GeneratedRegex(@"[""“«]\s?[\p{L}\p{N}'’-]+\s?[""”»]")]
    private static partial Regex QuotedWord();

    // French puts a space before ? ! ; : (and the tests' lines use it); a space before , or . is wrong in both languages.
    [GeneratedRegex(@"\s[,.]")]
    private static partial Regex SpaceBeforeEnglishPunctuation();
}
