using System.Net.Sockets;
using Concierge.Silo.Telephony;

namespace Concierge.Silo.Tests.Telephony;

public sealed class TwilioApiBaseHandlerTests
{
    [Theory]
    [InlineData("https://api.twilio.com/2010-04-01/Accounts/AC1/Calls.json", "http://127.0.0.1:5099", "http://127.0.0.1:5099/2010-04-01/Accounts/AC1/Calls.json")]
    [InlineData("https://messaging.twilio.com/v1/Services?PageSize=5", "http://127.0.0.1:5099/", "http://127.0.0.1:5099/v1/Services?PageSize=5")]
    [InlineData("https://api.twilio.com/2010-04-01/Accounts/AC1/Calls/CA1.json", "http://localhost:8080/fake-twilio", "http://localhost:8080/fake-twilio/2010-04-01/Accounts/AC1/Calls/CA1.json")]
    public void TwilioUrlsAreRebasedKeepingPathAndQuery(string url, string apiBase, string expected)
        => Assert.Equal(new Uri(expected), TwilioApiBaseHandler.Rebase(new Uri(url), new Uri(apiBase)));

    [Fact]
    public void OnlyAConnectionThatWasNeverMadeCountsAsNeverSent()
    {
        Assert.True(TwilioRetryPolicy.NeverSent(new HttpRequestException(HttpRequestError.ConnectionError, "refused", new SocketException((int)SocketError.ConnectionRefused))));
        Assert.True(TwilioRetryPolicy.NeverSent(new HttpRequestException(HttpRequestError.NameResolutionError)));
        Assert.False(TwilioRetryPolicy.NeverSent(new HttpRequestException(HttpRequestError.ResponseEnded)));
        Assert.False(TwilioRetryPolicy.NeverSent(new HttpRequestException("unknown")));
        Assert.False(TwilioRetryPolicy.NeverSent(new TaskCanceledException()));
        Assert.False(TwilioRetryPolicy.NeverSent(null));
    }
}
