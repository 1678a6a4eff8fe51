using System.Net;
using System.Net.Sockets;
using System.Text;
using Concierge.Grains.Interfaces.Telephony;
using Concierge.Silo.Telephony;
using Concierge.Silo.Twilio;
using Concierge.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;

namespace Concierge.Silo.Tests.Telephony;

/// <summary>The Twilio REST adapter, as registered for the app, against a fake Twilio speaking the real protocol.</summary>
public sealed class TwilioTelephonyTests : IAsyncLifetime
{
    private FakeTwilioApi twilio = null!;
    private ServiceProvider services = null!;

    private ITelephony Telephony => services.GetRequiredService<ITelephony>();

    public async Task InitializeAsync()
    {
        twilio = await FakeTwilioApi.StartAsync();
        services = Services(twilio.BaseUrl);
    }

    public async Task DisposeAsync()
    {
        await services.DisposeAsync();
        await twilio.DisposeAsync();
    }

    [Fact]
    public async Task PlacingACallPostsTheDocumentedFormWithBasicAuthAndReturnsTheCallSid()
    {
        var callSid = await Telephony.PlaceCallAsync(new OutboundCall(
            "+15550001111", "+15552223333", Url: new Uri("https://concierge.example.com/twilio/outbound?lead=7"), StatusCallback: new Uri("https://concierge.example.com/twilio/status")));

        var request = Assert.Single(twilio.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal($"/2010-04-01/Accounts/{FakeTwilioApi.AccountSid}/Calls.json", request.Path);
        Assert.StartsWith("application/x-www-form-urlencoded", request.ContentType, StringComparison.Ordinal);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{FakeTwilioApi.AccountSid}:{FakeTwilioApi.AuthToken}")), request.Authorization);
        Assert.Equal("+15552223333", request.Value("To"));
        Assert.Equal("+15550001111", request.Value("From"));
        Assert.Equal("https://concierge.example.com/twilio/outbound?lead=7", request.Value("Url"));
        Assert.Null(request.Value("Twiml"));
        Assert.Equal("https://concierge.example.com/twilio/status", request.Value("StatusCallback"));
        Assert.Equal(["initiated", "ringing", "answered", "completed"], request.Values("StatusCallbackEvent"));
        Assert.Matches("^CA[0-9a-f]{32}$", callSid);
    }

    [Fact]
    public async Task ACallCanBePlacedWithInlineTwiml()
    {
        await Telephony.PlaceCallAsync(new OutboundCall("+15550001111", "+15552223333", Twiml: "<Response><Say>Hello</Say></Response>"));

        var request = Assert.Single(twilio.Requests);
        Assert.Equal("<Response><Say>Hello</Say></Response>", request.Value("Twiml"));
        Assert.Null(request.Value("Url"));
        Assert.Empty(request.Values("StatusCallbackEvent"));
    }

    [Fact]
    public async Task ACallNeedsExactlyOneOfUrlAndTwiml()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Telephony.PlaceCallAsync(new OutboundCall("+15550001111", "+15552223333")));
        await Assert.ThrowsAsync<ArgumentException>(() =>
            Telephony.PlaceCallAsync(new OutboundCall("+15550001111", "+15552223333", new Uri("https://concierge.example.com/x"), "<Response/>")));
        Assert.Empty(twilio.Requests);
    }

    [Fact]
    public async Task ALiveCallIsUpdatedRedirectedAndHungUpThroughItsOwnResource()
    {
        await Telephony.UpdateCallAsync("CA123", "<Response><Dial>+15552223333</Dial></Response>");
        await Telephony.RedirectCallAsync("CA123", new Uri("https://concierge.example.com/twilio/handover"));
        await Telephony.HangUpAsync("CA123");

        var requests = twilio.Requests.ToList();
        Assert.All(requests, request => Assert.Equal(("POST", $"/2010-04-01/Accounts/{FakeTwilioApi.AccountSid}/Calls/CA123.json"), (request.Method, request.Path)));
        Assert.Equal("<Response><Dial>+15552223333</Dial></Response>", requests[0].Value("Twiml"));
        Assert.Equal("https://concierge.example.com/twilio/handover", requests[1].Value("Url"));
        Assert.Equal("completed", requests[2].Value("Status"));
    }

    [Fact]
    public async Task AMessageIsSentWithItsBodyAndMediaAndItsSidComesBack()
    {
        var messageSid = await Telephony.SendMessageAsync(new OutboundMessage(
            "whatsapp:+15550001111", "whatsapp:+15552223333", "Your appointment is at 10:00 & not later", [new Uri("https://concierge.example.com/m/1.png")]));

        var request = Assert.Single(twilio.Requests);
        Assert.Equal($"/2010-04-01/Accounts/{FakeTwilioApi.AccountSid}/Messages.json", request.Path);
        Assert.Equal("whatsapp:+15552223333", request.Value("To"));
        Assert.Equal("whatsapp:+15550001111", request.Value("From"));
        Assert.Equal("Your appointment is at 10:00 & not later", request.Value("Body"));
        Assert.Equal("https://concierge.example.com/m/1.png", request.Value("MediaUrl"));
        Assert.Matches("^SM[0-9a-f]{32}$", messageSid);
    }

    [Fact]
    public async Task ARefusalSurfacesWithTwiliosCodeAndIsNotRetried()
    {
        twilio.FailNext(400, 21211, "The 'To' number +1555 is not a valid phone number.");

        var refused = await Assert.ThrowsAsync<TelephonyException>(() => Telephony.SendMessageAsync(new OutboundMessage("+15550001111", "+1555", "Hi")));

        Assert.Equal(21211, refused.ProviderCode);
        Assert.Equal(400, refused.HttpStatus);
        Assert.Equal(new Uri("https://www.twilio.com/docs/errors/21211"), refused.MoreInfo);
        Assert.False(refused.MayHaveHappened);
        Assert.Contains("21211", refused.Message, StringComparison.Ordinal);
        Assert.Contains("not a valid phone number", refused.Message, StringComparison.Ordinal);
        Assert.Single(twilio.Requests);
    }

    [Fact]
    public async Task WrongCredentialsAreAnAuthenticationRefusal()
    {
        await using var wrong = Services(twilio.BaseUrl, authToken: "not-the-token");

        var refused = await Assert.ThrowsAsync<TelephonyException>(() => wrong.GetRequiredService<ITelephony>().HangUpAsync("CA123"));

        Assert.Equal(20003, refused.ProviderCode);
        Assert.Equal(401, refused.HttpStatus);
    }

    [Fact]
    public async Task AServerErrorOnAMessageIsSentExactlyOnceAndReportedAsMaybeDone()
    {
        twilio.FailNext(500, 20500, "Internal Server Error");
        twilio.FailNext(500, 20500, "Internal Server Error"); // a retry would meet this one, and a third would succeed

        var failed = await Assert.ThrowsAsync<TelephonyException>(() => Telephony.SendMessageAsync(new OutboundMessage("+15550001111", "+15552223333", "Hi")));

        Assert.Single(twilio.Requests);
        Assert.Equal(500, failed.HttpStatus);
        Assert.True(failed.MayHaveHappened);
    }

    [Fact]
    public async Task AServerErrorWhenPlacingACallIsNotRetried()
    {
        twilio.FailNext(503, 20503, "Service Unavailable");

        await Assert.ThrowsAsync<TelephonyException>(() =>
            Telephony.PlaceCallAsync(new OutboundCall("+15550001111", "+15552223333", Twiml: "<Response><Hangup/></Response>")));

        Assert.Single(twilio.Requests);
    }

    [Fact]
    public async Task AServerErrorOnAReadIsRetried()
    {
        twilio.FailNext(500, 20500, "Internal Server Error");

        var status = await Telephony.GetCallStatusAsync("CA123");

        Assert.Equal("in-progress", status);
        Assert.Equal(2, twilio.Requests.Count);
        Assert.All(twilio.Requests, request => Assert.Equal("GET", request.Method));
    }

    [Fact]
    public async Task APostThatCouldNotConnectIsRetriedAndReportedAsNotDone()
    {
        var attempts = new AttemptCounter();
        await using var nowhere = Services(new Uri($"http://127.0.0.1:{ClosedPort()}"), attempts: attempts);

        var failed = await Assert.ThrowsAsync<TelephonyException>(() =>
            nowhere.GetRequiredService<ITelephony>().SendMessageAsync(new OutboundMessage("+15550001111", "+15552223333", "Hi")));

        Assert.False(failed.MayHaveHappened);
        Assert.Null(failed.HttpStatus);
        Assert.True(attempts.Count > 1, "a connection that was never made is safe to try again");
    }

    [Fact]
    public async Task WithoutCredentialsNothingIsSent()
    {
        await using var unconfigured = Services(twilio.BaseUrl, authToken: "");

        await Assert.ThrowsAsync<TelephonyException>(() => unconfigured.GetRequiredService<ITelephony>().HangUpAsync("CA123"));

        Assert.Empty(twilio.Requests);
    }

    /// <summary>The app's registration, pointed at <paramref name="apiBase"/>; retries without waiting, to keep the tests fast.</summary>
    private static ServiceProvider Services(Uri apiBase, string authToken = FakeTwilioApi.AuthToken, AttemptCounter? attempts = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddOptions<TwilioOptions>().Configure(options =>
        {
            options.AccountSid = FakeTwilioApi.AccountSid;
            options.AuthToken = authToken;
            options.ApiBaseUrl = apiBase;
        });
        services.AddTwilioTelephony();
        services.Configure<HttpStandardResilienceOptions>($"{TwilioTelephony.HttpClientName}-standard", options => options.Retry.Delay = TimeSpan.Zero);
        if (attempts is not null)
        {
            services.AddHttpClient(TwilioTelephony.HttpClientName).AddHttpMessageHandler(() => attempts); // innermost: sees every attempt
        }

        return services.BuildServiceProvider();
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port; // closed again when disposed: connecting is refused
    }

    /// <summary>Counts the requests that leave the pipeline, retries included.</summary>
    private sealed class AttemptCounter : DelegatingHandler
    {
        private int count;

        public int Count => count;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref count);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
