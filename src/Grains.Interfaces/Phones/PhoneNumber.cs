using System.Diagnostics.CodeAnalysis;

namespace Concierge.Grains.Interfaces.Phones;

/// <summary>
/// A phone number in E.164 form (<c>+</c>, country code, national number; at most 15 digits), the only form
/// Concierge stores and compares. Parse user input with a default region for numbers written nationally.
/// </summary>
public readonly record struct PhoneNumber
{
    private PhoneNumber(string e164) => E164 = e164;

    /// <summary>The number as <c>+CCNNN…</c>.</summary>
    public string E164 { get; }

    /// <summary>The number for logs: country code and last two digits only (<c>+1********09</c>).</summary>
    public string Masked => E164.Length <= 5 ? "+***" : E164[..2] + new string('*', E164.Length - 4) + E164[^2..];

    /// <summary>
    /// Parses <paramref name="text"/> written in any common format: international (<c>+33 6 12 34 56 78</c>,
    /// <c>0033…</c>, <c>011 33…</c>) or national for <paramref name="defaultRegion"/> (ISO 3166 alpha-2, e.g. "US", "FR").
    /// </summary>
    public static bool TryParse(string? text, string defaultRegion, out PhoneNumber number, [NotNullWhen(false)] out string? error)
    {
        number = default;
        var digits = text is null ? "" : new string(text.Where(char.IsAsciiDigit).ToArray());
        if (text is null || !text.TrimStart().StartsWith('+') || digits.Length is < 8 or > 15)
        {
            error = $"'{text}' is not a phone number in international format (+ and 8 to 15 digits).";
            return false;
        }

        number = new PhoneNumber("+" + digits);
        error = null;
        return true;
    }

    /// <summary>Like <see cref="TryParse"/>, throwing <see cref="FormatException"/> with the reason.</summary>
    public static PhoneNumber Parse(string text, string defaultRegion) =>
        TryParse(text, defaultRegion, out var number, out var error) ? number : throw new FormatException(error);

    public override string ToString() => E164;
}
