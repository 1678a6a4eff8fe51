using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Concierge.Grains.Interfaces.Phones;

/// <summary>
/// The digits of a number as a person wrote it, before any numbering plan is applied. The library reads far more than
/// a phone number (letters as a keypad, extensions, digits in the middle of any text); this is where we refuse what a
/// dialled number cannot contain, and hand the library only ASCII digits.
/// </summary>
/// <param name="Digits">The digits written, as ASCII, at most <see cref="MaxDigits"/> of them.</param>
/// <param name="DigitCount">Digits written, including any beyond <see cref="MaxDigits"/>.</param>
/// <param name="StartsWithPlus">Written in international form ("+33 …").</param>
/// <param name="ZeroHintAt">Index of the 0 of a "(0)" trunk hint ("+44 (0)20 …") among the digits, or -1.</param>
internal sealed record WrittenNumber(string Digits, int DigitCount, bool StartsWithPlus, int ZeroHintAt)
{
    /// <summary>Room for the longest international prefix, a country code, a trunk prefix and a too-long number.</summary>
    public const int MaxDigits = 32;

    /// <summary>The digits with their '+', if written with one.</summary>
    public string AsWritten => StartsWithPlus ? "+" + Digits : Digits;

    /// <summary>
    /// "0033 …" as "+33 …", null when not written so. The ITU-recommended prefix: people who moved keep writing it (an
    /// American typing a French friend's 0033 …), and no national number starts with 00, so it is read from every
    /// region, besides the region's own prefixes.
    /// </summary>
    public string? AfterDoubleZero => !StartsWithPlus && Digits.StartsWith("00", StringComparison.Ordinal) ? "+" + Digits[2..] : null;

    /// <summary>What the writer may have meant, most literal first, for the library to read with the default region.</summary>
    public IEnumerable<string> Readings()
    {
        yield return AsWritten;

        // "(0)" means "drop me when calling from abroad", but Italians keep theirs ("+39 (0)6 …" is +39 06 …).
        if (ZeroHintAt >= 0)
        {
            yield return AsWritten.Remove(ZeroHintAt + (StartsWithPlus ? 1 : 0), 1);
        }

        if (AfterDoubleZero is { } international)
        {
            yield return international;
        }
    }

    /// <summary>
    /// Reads the digits of <paramref name="text"/>, skipping the separators people write, and refuses what a dialled
    /// number cannot contain: letters, extensions, SIP or client addresses.
    /// </summary>
    public static bool TryRead(ReadOnlySpan<char> text, [NotNullWhen(true)] out WrittenNumber? number, [NotNullWhen(false)] out string? error)
    {
        number = null;
        if (text.ContainsAny(':', '@'))
        {
            error = PhoneNumberErrors.Address;
            return false;
        }

        Span<char> digits = stackalloc char[MaxDigits];
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

        if (count == 0)
        {
            error = PhoneNumberErrors.NoDigits;
            return false;
        }

        number = new WrittenNumber(new string(digits[..Math.Min(count, digits.Length)]), count, plus, zeroHintAt);
        error = null;
        return true;
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
