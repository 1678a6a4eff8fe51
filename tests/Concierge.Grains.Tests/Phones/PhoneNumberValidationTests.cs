using Concierge.Grains.Interfaces.Phones;

namespace Concierge.Grains.Tests.Phones;

public sealed class PhoneNumberValidationTests
{
    [Theory]
    [InlineData("", "US", "empty")]
    [InlineData("   ", "US", "empty")]
    [InlineData("\u00A0", "US", "empty")]
    [InlineData("---", "US", "no digits")]
    [InlineData("( ) .", "US", "no digits")]
    [InlineData("1-800-FLOWERS", "US", "contains letters")]
    [InlineData("call me", "US", "contains letters")]
    [InlineData("+1 415 867 5309 ext 12", "US", "Extensions are not allowed")]
    [InlineData("+1 415 867 5309 ext. 12", "US", "Extensions are not allowed")]
    [InlineData("+1 415 867 5309 x12", "US", "Extensions are not allowed")]
    [InlineData("+1 415 867 5309 X 12", "US", "Extensions are not allowed")]
    [InlineData("+1 415 867 5309 #12", "US", "Extensions are not allowed")]
    [InlineData("+1 415 867 5309,,12", "US", "Extensions are not allowed")]
    [InlineData("+1 415 867 5309;ext=12", "US", "Extensions are not allowed")]
    [InlineData("020 7946 0958 extension 7", "GB", "Extensions are not allowed")]
    [InlineData("(415) 867-5309", "XX", "Unknown default region 'XX'")]
    [InlineData("(415) 867-5309", "USA", "Unknown default region 'USA'")]
    [InlineData("(415) 867-5309", "UK", "Unknown default region 'UK'")]
    [InlineData("(415) 867-5309", "", "No default region")]
    [InlineData("+999 1234 5678", "US", "Unknown country calling code")]
    [InlineData("+28 1234 5678", "US", "+281")]
    [InlineData("+0 415 867 5309", "US", "Unknown country calling code")]
    [InlineData("00 999 1234 5678", "US", "+999")]
    [InlineData("011 999 1234 5678", "US", "Unknown country calling code")]
    [InlineData("00 33 6 12", "US", "too short for +33")]
    [InlineData("0033 6 12 34 56 78 99", "US", "too long for +33")]
    [InlineData("+33 6 12 34 56", "US", "too short for +33")]
    [InlineData("06 12 34 5", "FR", "too short for +33")]
    [InlineData("415 867 530", "US", "too short for +1")]
    [InlineData("+33", "US", "it has 0 digits")]
    [InlineData("+33 6 12 34 56 78 9", "US", "too long for +33")]
    [InlineData("+1 415 867 53091", "US", "too long for +1")]
    [InlineData("+44 20 7946 09", "US", "not a valid length for +44")]
    [InlineData("+49 30 1234 5678 9012 34", "US", "at most 15")]
    [InlineData("030 1234 5678 9012 345", "DE", "at most 15")]
    [InlineData("+1 415 867 5309 0123 4567 8901 2345 6789 0123", "US", "at most 15")]
    [InlineData("1+415 867 5309", "US", "'+' may only start")]
    [InlineData("++1 415 867 5309", "US", "'+' may only start")]
    [InlineData("*67 415 867 5309", "US", "'*'")]
    public void InvalidInputFailsWithAReasonNamingTheProblem(string text, string region, string expected)
    {
        Assert.False(PhoneNumber.TryParse(text, region, out var number, out var error));
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.Equal(default, number);
    }

    [Theory]
    [InlineData("+")]
    [InlineData("0")]
    [InlineData("00")]
    [InlineData("011")]
    [InlineData("(0)")]
    [InlineData("+(0)")]
    [InlineData("+1\u0000415 867 5309")]
    [InlineData("📞 415 867 5309")]
    [InlineData("99999999999999999999999999999999999999999999999999999999999999999999999999999999")]
    public void MalformedInputFailsWithAReasonInsteadOfThrowing(string text)
    {
        Assert.False(PhoneNumber.TryParse(text, "US", out _, out var error));
        Assert.False(string.IsNullOrWhiteSpace(error));
    }

    [Fact]
    public void NullTextFailsAsEmpty()
    {
        Assert.False(PhoneNumber.TryParse(null, "US", out _, out var error));
        Assert.Contains("empty", error, StringComparison.Ordinal);
    }

    [Fact]
    public void LengthErrorsStateTheAllowedLengthsOfTheRegion()
    {
        Assert.False(PhoneNumber.TryParse("+44 20 7946 09", "US", out _, out var error));
        Assert.Contains("it has 8 digits after the country code, GB numbers have 7, 9 or 10", error, StringComparison.Ordinal);

        Assert.False(PhoneNumber.TryParse("+49 3", "US", out _, out error));
        Assert.Contains("DE numbers have 4 to 13", error, StringComparison.Ordinal);
    }

    [Fact]
    public void ErrorsDoNotRepeatTheNumber()
    {
        Assert.False(PhoneNumber.TryParse("+33 6 12 34 56 78 9", "US", out _, out var error));
        Assert.DoesNotContain("612345678", error, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseThrowsFormatExceptionCarryingTheReason()
    {
        var exception = Assert.Throws<FormatException>(() => PhoneNumber.Parse("+1 415 867 5309 ext 12", "US"));
        Assert.Contains("Extensions are not allowed", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DefaultPhoneNumberIsEmptyRatherThanNull()
    {
        var none = default(PhoneNumber);

        Assert.Equal("", none.E164);
        Assert.Equal("", none.Masked);
        Assert.Equal("", none.ToString());
    }
}
