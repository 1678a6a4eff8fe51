using Concierge.Grains.Interfaces.Phones;

namespace Concierge.Grains.Tests.Phones;

public sealed class PhoneNumberCallerIdTests
{
    [Theory]
    [InlineData("anonymous")]
    [InlineData("Anonymous")]
    [InlineData("Restricted")]
    [InlineData("Unknown")]
    [InlineData("UNAVAILABLE")]
    [InlineData("Blocked")]
    [InlineData("+266696687")]
    [InlineData("+7378742833")]
    [InlineData("+2562533")]
    [InlineData("+8656696")]
    [InlineData("+86282452253")]
    public void HiddenCallerIdsFailAsHidden(string from)
    {
        Assert.False(PhoneNumber.TryParse(from, "US", out _, out var error));
        Assert.Contains("hidden", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("client:alice")]
    [InlineData("sip:alice@example.com")]
    [InlineData("sip:+14158675309@sip.example.com")]
    public void SipAndClientAddressesFailAsAddresses(string from)
    {
        Assert.False(PhoneNumber.TryParse(from, "US", out _, out var error));
        Assert.Contains("SIP or client address", error, StringComparison.Ordinal);
    }

    [Fact]
    public void NumbersNextToTheKeypadPlaceholdersAreStillNumbers()
    {
        Assert.Equal("+26669668700", PhoneNumber.Parse("+266 6966 8700", "US").E164);
        Assert.Equal("+17378742834", PhoneNumber.Parse("+1 737 874 2834", "US").E164);
    }

    [Theory]
    [InlineData("+14158675309", "+1********09")]
    [InlineData("+33612345678", "+33*******78")]
    [InlineData("+353850123456", "+353*******56")]
    [InlineData("+80012345678", "+800******78")]
    [InlineData("+2906123", "+290**23")]
    public void MaskShowsOnlyTheCountryCodeAndTheLastTwoDigits(string e164, string masked) =>
        Assert.Equal(masked, PhoneNumber.Parse(e164, "US").Masked);
}
