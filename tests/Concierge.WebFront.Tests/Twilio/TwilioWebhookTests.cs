using Concierge.WebFront.Twilio;

namespace Concierge.WebFront.Tests.Twilio;

public sealed class TwilioWebhookTests
{
    [Theory]
    [InlineData("CA0123456789abcdef", true)]
    [InlineData("CA0123456789abcdef\n", false)]
    [InlineData("CA0123456789abcdef\r\n", false)]
    [InlineData("\nCA0123456789abcdef", false)]
    [InlineData("C", false)]
    public void OnlyAWholeValueOfLettersDigitsDashesAndUnderscoresIsASid(string value, bool isSid) =>
        Assert.Equal(isSid, TwilioWebhook.IsSid(value));
}
