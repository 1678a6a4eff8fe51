using PhoneNumbers;
using LibraryNumber = PhoneNumbers.PhoneNumber;

namespace Concierge.Grains.Tests.Phones;

/// <summary>
/// libphonenumber's own example numbers: a fixed line and a mobile for every region it supports, and one for every
/// non-geographic calling code, so that coverage follows the library's metadata instead of a list of ours.
/// </summary>
internal static class LibraryExamples
{
    public static PhoneNumberUtil Util { get; } = PhoneNumberUtil.GetInstance();

    public static IReadOnlyList<string> Regions { get; } = [.. Util.GetSupportedRegions().Order(StringComparer.Ordinal)];

    public static IReadOnlyList<int> NonGeographicCodes { get; } = [.. Util.GetSupportedGlobalNetworkCallingCodes().Order()];

    /// <summary>Region, type of line and the example as E.164; every region has at least one.</summary>
    public static TheoryData<string, string, string> ForEveryRegion()
    {
        var rows = new TheoryData<string, string, string>();
        foreach (var region in Regions)
        {
            foreach (var type in new[] { PhoneNumberType.FIXED_LINE, PhoneNumberType.MOBILE })
            {
                if (Util.GetExampleNumberForType(region, type) is { } example)
                {
                    rows.Add(region, type.ToString(), E164(example));
                }
            }
        }

        return rows;
    }

    /// <summary>Calling code and the example as E.164, for +800, +808, +870, +881 and the other codes of no region.</summary>
    public static TheoryData<int, string> ForEveryNonGeographicCode()
    {
        var rows = new TheoryData<int, string>();
        foreach (var code in NonGeographicCodes)
        {
            rows.Add(code, E164(Util.GetExampleNumberForNonGeoEntity(code)));
        }

        return rows;
    }

    public static LibraryNumber Number(string e164) => Util.Parse(e164, "ZZ");

    public static string National(string e164) => Util.Format(Number(e164), PhoneNumberFormat.NATIONAL);

    public static string International(string e164) => Util.Format(Number(e164), PhoneNumberFormat.INTERNATIONAL);

    public static string NationalSignificantNumber(string e164) => Util.GetNationalSignificantNumber(Number(e164));

    private static string E164(LibraryNumber number) => Util.Format(number, PhoneNumberFormat.E164);
}
