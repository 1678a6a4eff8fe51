using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Concierge.Grains.Interfaces.Text;

/// <summary>
/// Text a voice can say and every store and document can hold. Control characters (C0, DEL, C1) are never said, XML 1.0
/// (TwiML) cannot hold most of them nor a lone surrogate or U+FFFE/U+FFFF, and PostgreSQL's text cannot hold NUL: text
/// from outside (Twilio's fields, a model's answer) is cleaned where it enters, and what people type is refused.
/// </summary>
public static class SpeakableText
{
    /// <summary>
    /// The position of the first character that cannot be said, or -1. With <paramref name="allowLineBreaks"/>, tab,
    /// carriage return and line feed are accepted (a note or instructions on several lines).
    /// </summary>
    public static int IndexOfUnspeakable(string text, bool allowLineBreaks = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++; // a pair: one character beyond U+FFFF, which XML and every store hold
                continue;
            }

            if (IsUnspeakable(c) && !(allowLineBreaks && c is '\t' or '\r' or '\n'))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// <paramref name="text"/> without what cannot be said: a control character that separates words (tab, line breaks,
    /// vertical tab, form feed, NEL) becomes a space, any other is dropped (so "Sam\u0001son" reads "Samson").
    /// </summary>
    [return: NotNullIfNotNull(nameof(text))]
    public static string? Clean(string? text)
    {
        var first = text is null ? -1 : IndexOfUnspeakable(text);
        if (first < 0)
        {
            return text; // the usual case: nothing to copy
        }

        var clean = new StringBuilder(text!.Length).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(c).Append(text[++i]);
            }
            else if (!IsUnspeakable(c))
            {
                clean.Append(c);
            }
            else if (char.IsWhiteSpace(c))
            {
                clean.Append(' ');
            }
        }

        return clean.ToString();
    }

    /// <summary>A control character, half of a surrogate pair on its own, or a noncharacter XML forbids.</summary>
    private static bool IsUnspeakable(char c) => char.IsControl(c) || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF';
}
