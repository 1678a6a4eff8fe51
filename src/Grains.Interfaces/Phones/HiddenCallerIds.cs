namespace Concierge.Grains.Interfaces.Phones;

/// <summary>
/// What carriers (and so Twilio's From) put in place of a withheld number: words, or the words spelled on a keypad
/// (ANONYMOUS is 266696687), which would otherwise pass for numbers in Lesotho, Russia, Uganda or China.
/// </summary>
internal static class HiddenCallerIds
{
    private static readonly string[] Words = ["anonymous", "restricted", "unknown", "unavailable", "blocked", "private", "withheld"];

    private static readonly (string Digits, string Word)[] KeypadSpellings =
    [
        ("266696687", "ANONYMOUS"),
        ("7378742833", "RESTRICTED"),
        ("2562533", "BLOCKED"),
        ("8656696", "UNKNOWN"),
        ("86282452253", "UNAVAILABLE"),
    ];

    public static bool IsWord(ReadOnlySpan<char> text)
    {
        foreach (var word in Words)
        {
            if (text.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The word an international number spells when it is a keypad placeholder, else null.</summary>
    public static string? SpelledWord(ReadOnlySpan<char> digitsAfterPlus)
    {
        foreach (var (digits, word) in KeypadSpellings)
        {
            if (digitsAfterPlus.SequenceEqual(digits))
            {
                return word;
            }
        }

        return null;
    }
}
