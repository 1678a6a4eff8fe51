using System.Globalization;

namespace Concierge.Grains.Interfaces.Phones;

/// <summary>
/// The reasons a text is not a phone number. They reach API users as ProblemDetails, so each names what is wrong;
/// none repeats the whole input, because error texts also end up in logs.
/// </summary>
internal static class PhoneNumberErrors
{
    public const string Empty = "The phone number is empty.";

    public const string NoDigits = "The phone number contains no digits.";

    public const string PlusNotFirst = "A '+' may only start the phone number.";

    public const string Letters =
        "The phone number contains letters; write vanity numbers such as 1-800-FLOWERS with digits (1-800-356-9377).";

    public const string Extension =
        "Extensions are not allowed: give the phone number without 'ext', 'x', '#' or ',' and what follows.";

    public const string Address = "This is a SIP or client address, not a phone number.";

    public static string UnknownRegion(string? region) => string.IsNullOrWhiteSpace(region)
        ? "No default region was given: use an ISO 3166-1 alpha-2 code such as 'US' or 'FR'."
        : $"Unknown default region '{region}': use an ISO 3166-1 alpha-2 code that has a calling code, such as 'US' or 'FR'.";

    public static string UnexpectedCharacter(char character) =>
        $"The phone number contains '{character}' (U+{(int)character:X4}), which is not part of a phone number.";

    public static string HiddenCaller(string meaning) => $"The caller's number is hidden ({meaning}); there is no phone number.";

    public static string UnknownCallingCode(ReadOnlySpan<char> digits) =>
        $"Unknown country calling code: no country has a code at the start of +{digits[..Math.Min(3, digits.Length)]}.";

    public const string UnknownCallingCodeAfterPrefix = "Unknown country calling code after the international call prefix.";

    public static string TooManyDigits(int digits) => string.Create(
        CultureInfo.InvariantCulture,
        $"The phone number has {digits} digits; an international number has at most 15, country code included.");

    public static string WrongLength(int callingCode, string? region, int digits)
    {
        var lengths = NumberingPlans.NationalLengths(callingCode);
        var problem = lengths.Length == 0 ? "not a valid length" : digits < lengths[0] ? "too short" : digits > lengths[^1] ? "too long" : "not a valid length";
        var where = region is null ? "numbers" : $"{region} numbers";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"The phone number is {problem} for +{callingCode}: it has {digits} digits after the country code, {where} have {Describe(lengths)}.");
    }

    /// <summary>"9", "8 to 10" or "7, 9 or 10".</summary>
    private static string Describe(int[] lengths) => lengths switch
    {
        [] => "no length that fits in 15 digits",
        [var only] => only.ToString(CultureInfo.InvariantCulture),
        _ when lengths[^1] - lengths[0] == lengths.Length - 1 => string.Create(CultureInfo.InvariantCulture, $"{lengths[0]} to {lengths[^1]}"),
        _ => string.Join(", ", lengths[..^1]) + " or " + lengths[^1].ToString(CultureInfo.InvariantCulture),
    };
}
