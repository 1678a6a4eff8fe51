using System.Diagnostics.CodeAnalysis;
using PhoneNumbers;

namespace Concierge.Grains.Interfaces.Phones;

/// <summary>
/// A phone number in E.164 form (<c>+</c>, country code, national number; at most 15 digits), the only form
/// Concierge stores and compares. Parse user input with a default region for numbers written nationally.
/// </summary>
/// <remarks>
/// Letters are refused rather than read as a keypad (1-800-FLOWERS): carriers send hidden callers as words
/// ("Restricted"), and read as a keypad those would become real-looking numbers.
/// </remarks>
public readonly record struct PhoneNumber
{
    private readonly string? e164;

    internal PhoneNumber(PhoneNumbers.PhoneNumber parsed)
    {
        e164 = NumberingPlans.Util.Format(parsed, PhoneNumberFormat.E164);
        CountryCode = parsed.CountryCode;
        RegionCode = NumberingPlans.RegionOf(parsed);
    }

    /// <summary>The number as <c>+CCNNN…</c> (empty for <c>default(PhoneNumber)</c>).</summary>
    public string E164 => e164 ?? "";

    /// <summary>The ITU country calling code (1 for NANP, 44 for the UK, 800 for international freephone).</summary>
    public int CountryCode { get; }

    /// <summary>
    /// The ISO 3166-1 region the number belongs to, null for non-geographic codes (+800, +881…). Where regions share
    /// a calling code the library's ranges tell them apart (NANP area codes, GG/JE/IM, KZ); a number in no assigned
    /// range reports the code's main region.
    /// </summary>
    public string? RegionCode { get; }

    /// <summary>
    /// The number as a person in <paramref name="homeRegion"/> reads it: national for a number of that region
    /// (<c>(415) 555-0100</c> in the US), international otherwise (<c>+33 6 12 34 56 78</c>).
    /// </summary>
    public string ReadableIn(string homeRegion)
    {
        if (e164 is null)
        {
            return "";
        }

        var parsed = NumberingPlans.Util.Parse(e164, null);
        var national = RegionCode is not null && string.Equals(RegionCode, NumberingPlans.Region(homeRegion), StringComparison.Ordinal);
        return NumberingPlans.Util.Format(parsed, national ? PhoneNumberFormat.NATIONAL : PhoneNumberFormat.INTERNATIONAL);
    }

    /// <summary>The number for logs: country code and last two digits only (<c>+33*******78</c>).</summary>
    public string Masked => E164.Length < NumberingPlans.DigitsOf(CountryCode) + 4 ? "" : Mask(E164, visible: 1 + NumberingPlans.DigitsOf(CountryCode));

    /// <summary>The first <paramref name="visible"/> characters and the last two of <paramref name="e164"/>, stars between.</summary>
    internal static string Mask(string e164, int visible) =>
        string.Create(e164.Length, (e164, visible), static (mask, state) =>
        {
            state.e164.AsSpan().CopyTo(mask);
            mask[state.visible..^2].Fill('*');
        });

    /// <summary>
    /// Parses <paramref name="text"/> written in any common format: international (<c>+33 6 12 34 56 78</c>,
    /// <c>0033…</c>, <c>011 33…</c>) or national for <paramref name="defaultRegion"/> (ISO 3166 alpha-2, e.g. "US", "FR").
    /// Never throws: hidden caller IDs ("anonymous", "+266696687"), SIP and client addresses fail with a reason.
    /// </summary>
    public static bool TryParse(string? text, string defaultRegion, out PhoneNumber number, [NotNullWhen(false)] out string? error) =>
        PhoneNumberParser.TryParse(text, defaultRegion, out number, out error);

    /// <summary>Like <see cref="TryParse"/>, throwing <see cref="FormatException"/> with the reason.</summary>
    public static PhoneNumber Parse(string text, string defaultRegion) =>
        TryParse(text, defaultRegion, out var number, out var error) ? number : throw new FormatException(error);

    /// <summary>True when <paramref name="region"/> is an ISO 3166-1 alpha-2 code (any case) libphonenumber has a numbering plan for.</summary>
    public static bool IsKnownRegion(string region) => NumberingPlans.Region(region) is not null;

    public override string ToString() => E164;
}
