using Concierge.Grains.Interfaces.Phones;
using PhoneNumbers;
using PhoneNumber = Concierge.Grains.Interfaces.Phones.PhoneNumber;

namespace Concierge.Grains.Tests.Phones;

/// <summary>Every region and calling code libphonenumber knows, through our API, on the library's example numbers.</summary>
public sealed class PhoneNumberCoverageTests
{
    public static TheoryData<string, string, string> Examples() => LibraryExamples.ForEveryRegion();

    public static TheoryData<int, string> NonGeographicExamples() => LibraryExamples.ForEveryNonGeographicCode();

    public static TheoryData<string> Regions() => [.. LibraryExamples.Regions];

    [Fact]
    public void EveryRegionHasAnExampleToTest()
    {
        var regionsWithExamples = Examples().Select(row => (string)row[0]).Distinct().Count();

        // A theory over no rows passes: make sure the library gave us the world (245 regions in 9.0.43).
        Assert.InRange(LibraryExamples.Regions.Count, 240, 300);
        Assert.Equal(LibraryExamples.Regions.Count, regionsWithExamples);
        Assert.NotEmpty(LibraryExamples.NonGeographicCodes);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void NationalFormReadForItsRegionGivesTheE164(string region, string type, string e164)
    {
        var national = LibraryExamples.National(e164);

        Assert.True(PhoneNumber.TryParse(national, region, out var number, out var error), $"{type} {national}: {error}");
        Assert.Equal(e164, number.E164);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void InternationalFormGivesTheE164FromItsRegionAndFromAnother(string region, string type, string e164)
    {
        var international = LibraryExamples.International(e164);

        Assert.True(PhoneNumber.TryParse(international, region, out var home, out var error), $"{type} {international}: {error}");
        Assert.Equal(e164, home.E164);
        Assert.Equal(e164, PhoneNumber.Parse(international, region == "FR" ? "US" : "FR").E164);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void NumbersReportTheirCountryCodeAndARegionOfIt(string region, string type, string e164)
    {
        var number = PhoneNumber.Parse(e164, "US");
        var code = LibraryExamples.Util.GetCountryCodeForRegion(region);
        var regionsOfCode = LibraryExamples.Util.GetRegionCodesForCountryCode(code);

        Assert.Equal(code, number.CountryCode);
        Assert.Contains(number.RegionCode, regionsOfCode);
        // Regions sharing a code share some ranges too (a Vatican mobile is an Italian one); alone, it is theirs.
        Assert.True(regionsOfCode.Count > 1 || number.RegionCode == region, $"{type} {e164} reports {number.RegionCode}");
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void MaskedShowsOnlyTheCountryCodeAndTheLastTwoDigits(string region, string type, string e164)
    {
        var masked = PhoneNumber.Parse(e164, region).Masked;
        var visible = 1 + LibraryExamples.Util.GetCountryCodeForRegion(region).ToString(System.Globalization.CultureInfo.InvariantCulture).Length;

        Assert.Equal(e164.Length, masked.Length);
        Assert.Equal(e164[..visible] + new string('*', e164.Length - visible - 2) + e164[^2..], masked);
        Assert.DoesNotContain(LibraryExamples.NationalSignificantNumber(e164)[..^2], masked, StringComparison.Ordinal);
        _ = type;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void AnExampleCutWellBelowTheShortestLengthOfItsCodeIsTooShort(string region, string type, string e164)
    {
        var code = LibraryExamples.Util.GetCountryCodeForRegion(region);
        var nationalNumber = LibraryExamples.NationalSignificantNumber(e164);
        // Well short, not one digit short: some regions' local numbers are shorter ones the library completes
        // (Norfolk Island's five digits gain a 3, Antananarivo's seven a 20).
        var cut = $"+{code} {nationalNumber[..Math.Min(3, Lengths(code).Min() - 1)]}";

        Assert.False(PhoneNumber.TryParse(cut, region, out _, out var error), $"{type} {cut} was accepted");
        Assert.Contains($"too short for +{code}", error, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void AnExampleWithDigitsBeyondTheLongestLengthOfItsCodeIsTooLong(string region, string type, string e164)
    {
        var code = LibraryExamples.Util.GetCountryCodeForRegion(region);
        // Three digits more, so that the library's dropping of a national prefix after the code cannot make it fit.
        var longer = $"+{code} {LibraryExamples.NationalSignificantNumber(e164).PadRight(Lengths(code).Max() + 3, '5')}";

        Assert.False(PhoneNumber.TryParse(longer, region, out _, out var error), $"{type} {longer} was accepted");
        Assert.True(
            error.Contains($"too long for +{code}", StringComparison.Ordinal) || error.Contains("at most 15", StringComparison.Ordinal),
            error);
    }

    [Theory]
    [MemberData(nameof(NonGeographicExamples))]
    public void NonGeographicNumbersParseWithTheirCodeAndNoRegion(int code, string e164)
    {
        var number = PhoneNumber.Parse(LibraryExamples.International(e164), "FR");

        Assert.Equal(e164, number.E164);
        Assert.Equal(code, number.CountryCode);
        Assert.Null(number.RegionCode);
        Assert.Equal(e164[..4] + new string('*', e164.Length - 6) + e164[^2..], number.Masked);
    }

    [Theory]
    [MemberData(nameof(Regions))]
    public void EveryRegionOfTheLibraryIsKnownAndUnderstandsItsOwnInternationalCallPrefix(string region)
    {
        var french = LibraryExamples.Number("+33612345678");
        var dialled = LibraryExamples.Util.FormatOutOfCountryCallingNumber(french, region);

        Assert.True(PhoneNumber.IsKnownRegion(region));
        Assert.True(PhoneNumber.TryParse(dialled, region, out var number, out var error), $"{dialled}: {error}");
        Assert.Equal("+33612345678", number.E164);
    }

    [Theory]
    [MemberData(nameof(Regions))]
    public void EveryRegionAcceptsDoubleZeroInternationalNumbers(string region)
    {
        Assert.True(PhoneNumber.TryParse("00 1 212 555 0123", region, out var number, out var error), error);
        Assert.Equal("+12125550123", number.E164);
    }

    [Theory]
    [InlineData("+28 1234 5678")]
    [InlineData("+259 1234 5678")]
    [InlineData("+384 1234 5678")]
    [InlineData("+425 1234 5678")]
    [InlineData("+671 123 4567")]
    [InlineData("+684 123 4567")]
    [InlineData("+801 1234 5678")]
    [InlineData("+969 1234 5678")]
    [InlineData("+999 1234 5678")]
    public void UnassignedCallingCodesAreUnknown(string text)
    {
        Assert.False(PhoneNumber.TryParse(text, "US", out _, out var error));
        Assert.Contains("Unknown country calling code", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("AQ")]
    [InlineData("BV")]
    [InlineData("HM")]
    [InlineData("UK")]
    [InlineData("ZZ")]
    [InlineData("001")]
    [InlineData("USA")]
    [InlineData("")]
    public void RegionsWithoutANumberingPlanOfTheirOwnAreUnknown(string region) =>
        Assert.False(PhoneNumber.IsKnownRegion(region));

    [Theory]
    [InlineData("us")]
    [InlineData("Fr")]
    public void RegionsAreKnownWhateverTheirCase(string region) =>
        Assert.True(PhoneNumber.IsKnownRegion(region));

    // What the library checks a number with a country code against: its main region's lengths.
    private static IList<int> Lengths(int callingCode) =>
        LibraryExamples.Util.GetMetadataForRegion(LibraryExamples.Util.GetRegionCodeForCountryCode(callingCode)).GeneralDesc.PossibleLengthList;
}
