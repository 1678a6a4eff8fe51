using Concierge.Grains.Interfaces.Phones;

namespace Concierge.Grains.Tests.Phones;

public sealed class PhoneNumberFormatTests
{
    [Theory]
    [InlineData("FR", "0044 20 7946 0958", "+442079460958")]
    [InlineData("US", "011 33 6 12 34 56 78", "+33612345678")]
    [InlineData("CA", "011 44 20 7946 0958", "+442079460958")]
    [InlineData("JM", "011 33 6 12 34 56 78", "+33612345678")]
    [InlineData("AU", "0011 33 6 12 34 56 78", "+33612345678")]
    [InlineData("JP", "010 1 415 867 5309", "+14158675309")]
    [InlineData("RU", "810 33 6 12 34 56 78", "+33612345678")]
    [InlineData("RU", "8~10 33 6 12 34 56 78", "+33612345678")]
    [InlineData("KZ", "8 10 44 20 7946 0958", "+442079460958")]
    [InlineData("KR", "001 1 415 867 5309", "+14158675309")]
    [InlineData("BR", "0021 1 415 867 5309", "+14158675309")]
    [InlineData("IL", "013 44 20 7946 0958", "+442079460958")]
    [InlineData("SG", "001 44 20 7946 0958", "+442079460958")]
    [InlineData("KE", "000 44 20 7946 0958", "+442079460958")]
    [InlineData("NG", "009 44 20 7946 0958", "+442079460958")]
    [InlineData("CO", "009 1 415 867 5309", "+14158675309")]
    [InlineData("CU", "119 34 912 34 56 78", "+34912345678")]
    public void InternationalCallPrefixOfTheDefaultRegionIsUnderstood(string region, string text, string e164) =>
        Assert.Equal(e164, PhoneNumber.Parse(text, region).E164);

    [Theory]
    [InlineData("US", "0033 6 12 34 56 78")]
    [InlineData("JP", "0033 6 12 34 56 78")]
    [InlineData("AU", "0033 6 12 34 56 78")]
    public void DoubleZeroIsUnderstoodFromEveryRegion(string region, string text) =>
        Assert.Equal("+33612345678", PhoneNumber.Parse(text, region).E164);

    [Theory]
    [InlineData("+44 (0)20 7946 0958", "+442079460958")]
    [InlineData("+44 (0) 20 7946 0958", "+442079460958")]
    [InlineData("+49 (0)30 1234567", "+49301234567")]
    [InlineData("+41 (0)78 123 45 67", "+41781234567")]
    [InlineData("+33 (0)6 12 34 56 78", "+33612345678")]
    [InlineData("+34 (0)912 34 56 78", "+34912345678")]
    [InlineData("0044 (0)20 7946 0958", "+442079460958")]
    public void TrunkZeroInBracketsAfterTheCountryCodeIsDropped(string text, string e164) =>
        Assert.Equal(e164, PhoneNumber.Parse(text, "FR").E164);

    [Theory]
    [InlineData("+44 020 7946 0958", "+442079460958")]
    [InlineData("+33 06 12 34 56 78", "+33612345678")]
    public void TrunkZeroWrittenAfterTheCountryCodeIsDropped(string text, string e164) =>
        Assert.Equal(e164, PhoneNumber.Parse(text, "US").E164);

    [Theory]
    [InlineData("+375 801 881 4540", "+3758018814540")]
    [InlineData("+7 800 555 35 35", "+78005553535")]
    [InlineData("+7 8 912 345 67 89", "+79123456789")]
    public void TrunkDigitsThatAlsoStartNumbersAreKeptAfterTheCountryCodeUnlessTheNumberNeedsThemGone(string text, string e164) =>
        Assert.Equal(e164, PhoneNumber.Parse(text, "US").E164);

    [Theory]
    [InlineData("FR", "33 6 12 34 56 78", "+33612345678")]
    [InlineData("GB", "44 7400 123456", "+447400123456")]
    public void CountryCodeWithoutPlusIsRecognisedWhenTheNumberFitsNoOtherWay(string region, string text, string e164) =>
        Assert.Equal(e164, PhoneNumber.Parse(text, region).E164);

    [Theory]
    [InlineData("+1 415 867 5309")]
    [InlineData("+1-415-867-5309")]
    [InlineData("+1.415.867.5309")]
    [InlineData("+1/415/867/5309")]
    [InlineData("+1 (415) 867–5309")]
    [InlineData("+1\u00A0415\u00A0867\u00A05309")]
    [InlineData("+1\u202F415\u202F867\u202F5309")]
    [InlineData("  +1\t415 867 5309  ")]
    [InlineData("[+1] 415 867 5309")]
    [InlineData("\uFF0B1 415 867 5309")]
    public void SeparatorsOfEveryCommonKindAreIgnored(string text) =>
        Assert.Equal("+14158675309", PhoneNumber.Parse(text, "US").E164);

    [Theory]
    [InlineData("+٩٧١ ٥٠ ١٢٣ ٤٥٦٧", "+971501234567")]
    [InlineData("＋３３ ６ １２ ３４ ５６ ７８", "+33612345678")]
    public void DigitsOfOtherScriptsAreReadAsDigits(string text, string e164) =>
        Assert.Equal(e164, PhoneNumber.Parse(text, "US").E164);

    [Theory]
    [InlineData("fr")]
    [InlineData("Fr")]
    public void DefaultRegionIsMatchedWhateverItsCase(string region) =>
        Assert.Equal("+33612345678", PhoneNumber.Parse("06 12 34 56 78", region).E164);

    [Theory]
    [InlineData("+1 212 555 0123", 1, "US")]
    [InlineData("+1 416 555 0199", 1, "CA")]
    [InlineData("+1 876 210 1234", 1, "JM")]
    [InlineData("+1 787 555 0123", 1, "PR")]
    [InlineData("+7 912 345 67 89", 7, "RU")]
    [InlineData("+7 771 000 9998", 7, "KZ")]
    [InlineData("+44 20 7946 0958", 44, "GB")]
    [InlineData("+44 1481 256789", 44, "GG")]
    [InlineData("+44 7797 712345", 44, "JE")]
    [InlineData("+44 1624 756789", 44, "IM")]
    [InlineData("+47 40 61 23 45", 47, "NO")]
    [InlineData("+47 79 02 12 34", 47, "SJ")]
    [InlineData("+39 06 698 12345", 39, "VA")]
    [InlineData("+61 8 9162 1234", 61, "CC")]
    [InlineData("+358 18 123456", 358, "AX")]
    [InlineData("+262 269 60 12 34", 262, "YT")]
    [InlineData("+262 262 12 34 56", 262, "RE")]
    [InlineData("+599 9 518 1234", 599, "CW")]
    [InlineData("+599 318 1234", 599, "BQ")]
    [InlineData("+590 690 12 34 56", 590, "GP")]
    [InlineData("+290 8123", 290, "TA")]
    public void NumbersReportTheirCountryCodeAndRegionEvenWhenTheCodeIsShared(string text, int countryCode, string region)
    {
        var number = PhoneNumber.Parse(text, "US");

        Assert.Equal(countryCode, number.CountryCode);
        Assert.Equal(region, number.RegionCode);
    }

    [Theory]
    [InlineData("CA", "(416) 555-0199", "+14165550199")]
    [InlineData("PR", "(787) 555-0123", "+17875550123")]
    [InlineData("GG", "01481 256789", "+441481256789")]
    [InlineData("JE", "07797 712345", "+447797712345")]
    [InlineData("IM", "01624 756789", "+441624756789")]
    [InlineData("SJ", "79 02 12 34", "+4779021234")]
    [InlineData("VA", "06 698 12345", "+390669812345")]
    [InlineData("YT", "0269 60 12 34", "+262269601234")]
    [InlineData("BL", "0590 27 12 34", "+590590271234")]
    public void RegionsSharingACallingCodeParseTheirNationalNumbers(string region, string text, string e164) =>
        Assert.Equal(e164, PhoneNumber.Parse(text, region).E164);

    [Theory]
    [InlineData("+800 1234 5678", 800)]
    [InlineData("+808 1234 5678", 808)]
    [InlineData("+870 773 111 632", 870)]
    [InlineData("+881 6 1234 5678", 881)]
    [InlineData("+882 34 1234 5678", 882)]
    public void NonGeographicNumbersHaveACountryCodeButNoRegion(string text, int countryCode)
    {
        var number = PhoneNumber.Parse(text, "US");

        Assert.Equal(countryCode, number.CountryCode);
        Assert.Null(number.RegionCode);
    }

    [Fact]
    public void NumbersParsedFromDifferentFormsAreEqual()
    {
        var fromNational = PhoneNumber.Parse("020 7946 0958", "GB");
        var fromInternational = PhoneNumber.Parse("+44 (0)20 7946 0958", "US");

        Assert.Equal(fromNational, fromInternational);
        Assert.Equal(fromNational.GetHashCode(), fromInternational.GetHashCode());
        Assert.Equal("+442079460958", fromNational.ToString());
    }
}
