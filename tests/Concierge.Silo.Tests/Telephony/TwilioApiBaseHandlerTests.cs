using System.Net.Sockets;
using Concierge.Silo.Telephony;
using Concierge.Silo.Twilio;
using Microsoft.Extensions.Options;

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

    [Theory]
    [InlineData("https://api.twilio.com", "https://api.twilio.com/2010-04-01/Accounts/AC1/Messages.json", "https://api.twilio.com/2010-04-01/Accounts/AC1/Messages.json")]
    [InlineData("https://api.twilio.com", "https://messaging.twilio.com/v1/Services", "https://messaging.twilio.com/v1/Services")]
    [InlineData("http://127.0.0.1:5099", "https://api.twilio.com/2010-04-01/Accounts/AC1/Messages.json", "http://127.0.0.1:5099/2010-04-01/Accounts/AC1/Messages.json")]
    [InlineData("http://127.0.0.1:5099", "https://media.example.com/clip.wav", "https://media.example.com/clip.wav")]
    public async Task OnlyTwiliosHostsAreRebasedAndOnlyWhenAnotherBaseIsConfigured(string apiBase, string url, string sent)
    {
        var inner = new Recorder();
        using var client = new HttpClient(new TwilioApiBaseHandler(new Monitor(new TwilioOptions { ApiBaseUrl = new Uri(apiBase) })) { InnerHandler = inner });

        using var _ = await client.GetAsync(new Uri(url));

        Assert.Equal(new Uri(sent), inner.Sent);
    }

    private sealed class Monitor(TwilioOptions value) : IOptionsMonitor<TwilioOptions>
    {
        public TwilioOptions CurrentValue => value;

        public TwilioOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<TwilioOptions, string?> listener) => null;
    }

    private sealed class Recorder : HttpMessageHandler
    {
        public Uri? Sent { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Sent = request.RequestUri;
            return Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.NoContent));
        }
    }
}
