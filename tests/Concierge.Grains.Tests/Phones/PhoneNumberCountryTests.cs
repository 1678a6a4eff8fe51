using Concierge.Grains.Interfaces.Phones;

namespace Concierge.Grains.Tests.Phones;

public sealed class PhoneNumberCountryTests
{
    [Theory]
    [InlineData("US", "(415) 867-5309", "+1 (415) 867-5309", "+14158675309")]
    [InlineData("CA", "(506) 234-5678", "+1 506 234 5678", "+15062345678")]
    [InlineData("JM", "(876) 210-1234", "+1 876 210 1234", "+18762101234")]
    [InlineData("GB", "020 7946 0958", "+44 20 7946 0958", "+442079460958")]
    [InlineData("FR", "06 12 34 56 78", "+33 6 12 34 56 78", "+33612345678")]
    [InlineData("DE", "0151 12345678", "+49 151 12345678", "+4915112345678")]
    [InlineData("IT", "312 345 6789", "+39 312 345 6789", "+393123456789")]
    [InlineData("ES", "612 34 56 78", "+34 612 34 56 78", "+34612345678")]
    [InlineData("RU", "8 (912) 345-67-89", "+7 912 345-67-89", "+79123456789")]
    [InlineData("KZ", "8 (771) 000 9998", "+7 771 000 9998", "+77710009998")]
    [InlineData("JP", "03-1234-5678", "+81 3-1234-5678", "+81312345678")]
    [InlineData("AU", "0412 345 678", "+61 412 345 678", "+61412345678")]
    [InlineData("BR", "(11) 96123-4567", "+55 11 96123-4567", "+5511961234567")]
    [InlineData("IN", "081234 56789", "+91 81234 56789", "+918123456789")]
    [InlineData("CN", "131 2345 6789", "+86 131 2345 6789", "+8613123456789")]
    [InlineData("MX", "222 123 4567", "+52 222 123 4567", "+522221234567")]
    [InlineData("ZA", "071 123 4567", "+27 71 123 4567", "+27711234567")]
    [InlineData("NG", "0802 123 4567", "+234 802 123 4567", "+2348021234567")]
    [InlineData("AE", "050 123 4567", "+971 50 123 4567", "+971501234567")]
    [InlineData("SG", "8123 4567", "+65 8123 4567", "+6581234567")]
    [InlineData("HK", "5123 4567", "+852 5123 4567", "+85251234567")]
    [InlineData("NZ", "021 123 4567", "+64 21 123 4567", "+64211234567")]
    [InlineData("AR", "011 4123-4567", "+54 11 4123-4567", "+541141234567")]
    [InlineData("CH", "078 123 45 67", "+41 78 123 45 67", "+41781234567")]
    [InlineData("BE", "0470 12 34 56", "+32 470 12 34 56", "+32470123456")]
    [InlineData("NL", "06 12345678", "+31 6 12345678", "+31612345678")]
    [InlineData("SE", "070-123 45 67", "+46 70 123 45 67", "+46701234567")]
    [InlineData("PL", "512 345 678", "+48 512 345 678", "+48512345678")]
    [InlineData("IE", "085 012 3456", "+353 85 012 3456", "+353850123456")]
    [InlineData("PT", "912 345 678", "+351 912 345 678", "+351912345678")]
    [InlineData("TR", "0501 234 56 78", "+90 501 234 56 78", "+905012345678")]
    [InlineData("KR", "010-2000-0000", "+82 10-2000-0000", "+821020000000")]
    [InlineData("PH", "0905 123 4567", "+63 905 123 4567", "+639051234567")]
    [InlineData("ID", "0812-345-678", "+62 812-345-678", "+62812345678")]
    [InlineData("EG", "010 01234567", "+20 10 01234567", "+201001234567")]
    [InlineData("KE", "0712 123456", "+254 712 123456", "+254712123456")]
    [InlineData("IL", "050-234-5678", "+972 50-234-5678", "+972502345678")]
    [InlineData("SA", "051 234 5678", "+966 51 234 5678", "+966512345678")]
    [InlineData("CL", "(2) 2123 4567", "+56 2 2123 4567", "+56221234567")]
    [InlineData("CO", "321 1234567", "+57 321 1234567", "+573211234567")]
    [InlineData("PE", "912 345 678", "+51 912 345 678", "+51912345678")]
    [InlineData("UA", "050 123 4567", "+380 50 123 4567", "+380501234567")]
    [InlineData("GR", "691 234 5678", "+30 691 234 5678", "+306912345678")]
    [InlineData("DK", "34 41 23 45", "+45 34 41 23 45", "+4534412345")]
    [InlineData("FI", "041 2345678", "+358 41 2345678", "+358412345678")]
    [InlineData("AT", "0664 123456", "+43 664 123456", "+43664123456")]
    [InlineData("CZ", "601 123 456", "+420 601 123 456", "+420601123456")]
    [InlineData("HU", "06 20 123 4567", "+36 20 123 4567", "+36201234567")]
    [InlineData("RO", "0712 034 567", "+40 712 034 567", "+40712034567")]
    [InlineData("NO", "40 61 23 45", "+47 40 61 23 45", "+4740612345")]
    [InlineData("TW", "0912 345 678", "+886 912 345 678", "+886912345678")]
    [InlineData("TH", "081 234 5678", "+66 81 234 5678", "+66812345678")]
    [InlineData("VN", "0912 345 678", "+84 912 345 678", "+84912345678")]
    [InlineData("MY", "012-345 6789", "+60 12-345 6789", "+60123456789")]
    [InlineData("PK", "0301 2345678", "+92 301 2345678", "+923012345678")]
    [InlineData("BD", "01812-345678", "+880 1812-345678", "+8801812345678")]
    [InlineData("MA", "06 50 12 34 56", "+212 6 50 12 34 56", "+212650123456")]
    [InlineData("LT", "(0-612) 34567", "+370 612 34567", "+37061234567")]
    [InlineData("BY", "8 029 491-19-11", "+375 29 491-19-11", "+375294911911")]
    [InlineData("GG", "07781 123456", "+44 7781 123456", "+447781123456")]
    public void NationalAndInternationalFormsGiveTheSameE164(string region, string national, string international, string e164)
    {
        Assert.Equal(e164, PhoneNumber.Parse(national, region).E164);
        Assert.Equal(e164, PhoneNumber.Parse(international, region).E164);
        Assert.Equal(e164, PhoneNumber.Parse(international, "US").E164);
    }

    [Theory]
    [InlineData("IT", "06 1234 5678")]
    [InlineData("IT", "06-12345678")]
    [InlineData("US", "+39 06 1234 5678")]
    [InlineData("FR", "0039 06 1234 5678")]
    [InlineData("US", "+39 (0)6 1234 5678")]
    public void ItalianNumbersKeepTheirLeadingZero(string region, string text) =>
        Assert.Equal("+390612345678", PhoneNumber.Parse(text, region).E164);

    [Theory]
    [InlineData("8 912 345-67-89", "+79123456789")]
    [InlineData("8 (495) 123-45-67", "+74951234567")]
    [InlineData("8 800 555-35-35", "+78005553535")]
    [InlineData("800 555-35-35", "+78005553535")]
    public void RussianTrunkPrefixEightIsDroppedButNotTheEightOfFreephoneNumbers(string text, string e164) =>
        Assert.Equal(e164, PhoneNumber.Parse(text, "RU").E164);

    [Theory]
    [InlineData("US", "1 415 867 5309", "+14158675309")]
    [InlineData("US", "1-415-867-5309", "+14158675309")]
    [InlineData("CA", "1 (416) 555-0199", "+14165550199")]
    [InlineData("JM", "1-876-210-1234", "+18762101234")]
    public void NanpTrunkPrefixOneIsDropped(string region, string text, string e164) =>
        Assert.Equal(e164, PhoneNumber.Parse(text, region).E164);

    [Theory]
    [InlineData("030 123456", "+4930123456")]
    [InlineData("030 12345678", "+493012345678")]
    [InlineData("07531 12345", "+49753112345")]
    [InlineData("0151 12345678", "+4915112345678")]
    [InlineData("0800 1234567", "+498001234567")]
    public void GermanNumbersOfDifferentLengthsAreAllAccepted(string text, string e164) =>
        Assert.Equal(e164, PhoneNumber.Parse(text, "DE").E164);

    [Fact]
    public void SpanishNumbersHaveNoTrunkPrefixToDrop()
    {
        Assert.Equal("+34912345678", PhoneNumber.Parse("912 34 56 78", "ES").E164);
        Assert.False(PhoneNumber.TryParse("0912 34 56 78", "ES", out _, out var error));
        Assert.Contains("too long", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("+54 9 11 2345-6789", "US", "+5491123456789")]
    [InlineData("0054 9 11 2345 6789", "ES", "+5491123456789")]
    [InlineData("9 11 2345-6789", "AR", "+5491123456789")]
    public void ArgentineMobilesAreAcceptedWithTheirNine(string text, string region, string e164) =>
        Assert.Equal(e164, PhoneNumber.Parse(text, region).E164);

    // Dialled inside Argentina, "0 11 15 …" reaches the mobile that callers from abroad reach as +54 9 11 ….
    [Theory]
    [InlineData("011 15-2345-6789")]
    [InlineData("11 15-2345-6789")]
    public void ArgentineLocalMobileFormWithFifteenIsReadAsTheMobileItDials(string text) =>
        Assert.Equal("+5491123456789", PhoneNumber.Parse(text, "AR").E164);

    [Fact]
    public void ArgentineNumberTooLongEvenAsAMobileIsRefused()
    {
        Assert.False(PhoneNumber.TryParse("011 15-2345-67890", "AR", out _, out var error));
        Assert.Contains("for +54", error, StringComparison.Ordinal);
    }
}
