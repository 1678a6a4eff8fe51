using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Concierge.Grains.Interfaces.Phones;

/// <summary>The digits of a number as a person wrote it, before any numbering plan is applied.</summary>
/// <param name="DigitCount">Digits written, including any beyond the buffer they were read into.</param>
/// <param name="StartsWithPlus">Written in international form ("+33 …").</param>
/// <param name="ZeroHintAt">Index of the 0 of a "(0)" trunk hint ("+44 (0)20 …") among the digits, or -1.</param>
internal readonly record struct WrittenNumber(int DigitCount, bool StartsWithPlus, int ZeroHintAt)
{
    /// <summary>
    /// Reads the digits of <paramref name="text"/> into <paramref name="digits"/>, skipping the separators people
    /// write, and refuses what a dialled number cannot contain: letters, extensions, SIP or client addresses.
    /// </summary>
    public static bool TryRead(ReadOnlySpan<char> text, Span<char> digits, out WrittenNumber number, [NotNullWhen(false)] out string? error)
    {
        number = default;
        if (text.ContainsAny(':', '@'))
        {
            error = PhoneNumberErrors.Address;
            return false;
        }

        var count = 0;
        var plus = false;
        var zeroHintAt = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            // Any script's decimal digits count (Arabic-Indic, full-width): people paste numbers from their phone.
            var digit = CharUnicodeInfo.GetDecimalDigitValue(c);
            if (digit >= 0)
            {
                if (count < digits.Length)
                {
                    digits[count] = (char)('0' + digit);
                }

                count++;
            }
            else if (c is '+' or '\uFF0B')
            {
                if (plus || count > 0)
                {
                    error = PhoneNumberErrors.PlusNotFirst;
                    return false;
                }

                plus = true;
            }
            else if (text[i..].StartsWith("(0)", StringComparison.Ordinal))
            {
                zeroHintAt = count;
                if (count < digits.Length)
                {
                    digits[count] = '0';
                }

                count++;
                i += 2;
            }
            else if (!IsSeparator(c))
            {
                error = Refusal(text, i, count);
                return false;
            }
        }

        number = new WrittenNumber(count, plus, zeroHintAt);
        error = count == 0 ? PhoneNumberErrors.NoDigits : null;
        return error is null;
    }

    // Hyphens of every width and the spaces a word processor or a phone's contact card inserts; '~' is the
    // "wait for dial tone" of prefixes such as Russia's 8~10.
    private static bool IsSeparator(char c) =>
        char.IsWhiteSpace(c) || c is '-' or '.' or '/' or '(' or ')' or '[' or ']' or '~' or '\u2212' or (>= '\u2010' and <= '\u2015');

    private static string Refusal(ReadOnlySpan<char> text, int at, int digitsBefore)
    {
        var c = text[at];
        if (c is '#' or ',' or ';' && digitsBefore > 0)
        {
            return PhoneNumberErrors.Extension;
        }

        if (!char.IsLetter(c))
        {
            return PhoneNumberErrors.UnexpectedCharacter(c);
        }

        if (HiddenCallerIds.IsWord(text))
        {
            return PhoneNumberErrors.HiddenCaller($"'{text}'");
        }

        return digitsBefore > 0 && IsExtensionWord(text[at..]) ? PhoneNumberErrors.Extension : PhoneNumberErrors.Letters;
    }

    private static bool IsExtensionWord(ReadOnlySpan<char> text)
    {
        var length = 0;
        while (length < text.Length && char.IsAsciiLetter(text[length]))
        {
            length++;
        }

        var word = text[..length];
        return word.Equals("x", StringComparison.OrdinalIgnoreCase)
            || word.Equals("ext", StringComparison.OrdinalIgnoreCase)
            || word.Equals("extn", StringComparison.OrdinalIgnoreCase)
            || word.Equals("extension", StringComparison.OrdinalIgnoreCase);
    }
}
