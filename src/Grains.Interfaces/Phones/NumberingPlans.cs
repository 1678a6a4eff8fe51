using System.Collections.Frozen;
using System.Globalization;
using PhoneNumbers;

namespace Concierge.Grains.Interfaces.Phones;

/// <summary>
/// Google's numbering metadata (libphonenumber), behind the few questions our parser asks of it. The library's
/// <see cref="PhoneNumberUtil"/> is a process-wide singleton that loads a region's metadata the first time it is asked
/// and keeps it, so nothing here is reloaded per call.
/// </summary>
internal static class NumberingPlans
{
    /// <summary>E.164 caps a whole number, country code included, at 15 digits.</summary>
    public const int MaxE164Digits = 15;

    // The library answers "ZZ" for a calling code no region has, and "001" for a non-geographic one (+800, +881…).
    private const string UnknownRegion = "ZZ";

    public static PhoneNumberUtil Util { get; } = PhoneNumberUtil.GetInstance();

    private static readonly FrozenSet<string> Regions = Util.GetSupportedRegions().ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The library's (upper-case) code for <paramref name="region"/> written in any case; null when it has no numbering plan.</summary>
    public static string? Region(string? region) =>
        region is not null && Regions.TryGetValue(region, out var code) ? code : null;

    /// <summary>The calling code at the start of <paramref name="digits"/> and its length; 0 when none is assigned.</summary>
    public static int CallingCodeAt(ReadOnlySpan<char> digits, out int length)
    {
        // Codes never start with 0, and no assigned code is a prefix of another, so the first match is the code.
        var code = 0;
        for (length = 1; length <= Math.Min(3, digits.Length) && digits[0] != '0'; length++)
        {
            code = (code * 10) + digits[length - 1] - '0';
            if (Util.GetRegionCodeForCountryCode(code) != UnknownRegion)
            {
                return code;
            }
        }

        length = 0;
        return 0;
    }

    /// <summary>
    /// The region a number belongs to: the one whose ranges hold it, else the main region of its calling code (a number
    /// of the right length in no assigned range); null for non-geographic codes.
    /// </summary>
    public static string? RegionOf(PhoneNumbers.PhoneNumber number)
    {
        var region = Util.GetRegionCodeForNumber(number);
        return region is null or UnknownRegion ? MainRegion(number.CountryCode) : Geographic(region);
    }

    /// <summary>The region numbers of <paramref name="callingCode"/> belong to by default; null for non-geographic codes.</summary>
    public static string? MainRegion(int callingCode) => Geographic(Util.GetRegionCodeForCountryCode(callingCode));

    private static string? Geographic(string region) =>
        region is UnknownRegion or PhoneNumberUtil.REGION_CODE_FOR_NON_GEO_ENTITY ? null : region;

    /// <summary>
    /// The lengths a national significant number may have after <paramref name="callingCode"/> (for a shared code, its
    /// main region's), without those that would make the whole number longer than E.164 allows.
    /// </summary>
    public static int[] NationalLengths(int callingCode)
    {
        var region = Util.GetRegionCodeForCountryCode(callingCode);
        var metadata = region == PhoneNumberUtil.REGION_CODE_FOR_NON_GEO_ENTITY
            ? Util.GetMetadataForNonGeographicalRegion(callingCode)
            : Util.GetMetadataForRegion(region);
        var room = MaxE164Digits - DigitsOf(callingCode);
        return metadata is null ? [] : [.. metadata.GeneralDesc.PossibleLengthList.Where(length => length > 0 && length <= room).Order()];
    }

    public static int DigitsOf(int callingCode) => callingCode.ToString(CultureInfo.InvariantCulture).Length;
}
