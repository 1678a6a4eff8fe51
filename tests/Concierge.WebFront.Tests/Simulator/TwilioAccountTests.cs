using Concierge.Simulator.Protocol;

namespace Concierge.WebFront.Tests.Simulator;

public sealed class TwilioAccountTests
{
    [Fact]
    public void SimulatedRequestsAreSignedExactlyAsTwilioSignsThem()
    {
        // Twilio's own test vector (TWILIO.md): token 12345, https://mycompany.com/myapp.php?foo=1&bar=2.
        var account = new TwilioAccount("https://mycompany.com", "12345");
        KeyValuePair<string, string>[] form = [new("CallSid", "CA1234567890ABCDE"), new("Caller", "+14158675309"), new("Digits", "1234"), new("From", "+14158675309"), new("To", "+18005551212")];

        Assert.Equal("RSOYDt4T1cUTdK1PDd93/VVr8B8=", account.Sign("/myapp.php?foo=1&bar=2", form));
    }

    [Theory]
    [InlineData("https://concierge.example.com/twilio/gather", "/twilio/gather")]
    [InlineData("https://Concierge.Example.com/twilio/whisper?call=CA1", "/twilio/whisper?call=CA1")]
    [InlineData("/twilio/dial-result", "/twilio/dial-result")]
    [InlineData("http://elsewhere.example.net:8080/twilio/voice?x=1", "/twilio/voice?x=1")]
    public void TwimlUrlsMapToThePathAndQueryToSendTo(string twimlUrl, string expected)
    {
        var account = new TwilioAccount("https://concierge.example.com/", "token");

        Assert.Equal(expected, account.PathAndQueryOf(twimlUrl));
    }
}
