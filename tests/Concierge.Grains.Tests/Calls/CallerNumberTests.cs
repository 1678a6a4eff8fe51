using Concierge.Grains.Companies;
using Concierge.Grains.Interfaces.Companies;

namespace Concierge.Grains.Tests.Calls;

public sealed class CallerNumberTests
{
    [Theory]
    [InlineData("FR", "0612345678", "+33612345678")]
    [InlineData("FR", "+33612345678", "+33612345678")]
    [InlineData("FR", "+14155550100", "+14155550100")]
    [InlineData("US", "(415) 555-0100", "+14155550100")]
    [InlineData("US", "4155550100", "+14155550100")]
    [InlineData("GB", "07400 123456", "+447400123456")]
    public void FromIsReadForTheCompanysRegion(string region, string from, string e164) =>
        Assert.Equal(e164, CallerNumber.Of(from, Company(region)));

    [Fact]
    public void TheSameNationalDigitsAreADifferentCallerInAnotherRegion()
    {
        Assert.Equal("+33612345678", CallerNumber.Of("0612345678", Company("FR")));
        Assert.NotEqual("+33612345678", CallerNumber.Of("0612345678", Company("US")));
    }

    [Fact]
    public void ACompanyNeverConfiguredReadsNationalNumbersAsAmerican() =>
        Assert.Equal("+14155550100", CallerNumber.Of("(415) 555-0100", company: null));

    [Theory]
    [InlineData("anonymous")]
    [InlineData("Restricted")]
    [InlineData("+266696687")]
    [InlineData("+7378742833")]
    [InlineData("client:alice")]
    [InlineData("")]
    [InlineData(null)]
    public void HiddenCallersAndAddressesHaveNoNumber(string? from) =>
        Assert.Null(CallerNumber.Of(from, Company("FR")));

    private static CompanySettings Company(string region) => new("Acme", "Alex", null, [], null, ["en-US"], "", region);
}
