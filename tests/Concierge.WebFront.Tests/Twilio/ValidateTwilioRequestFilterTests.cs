using System.Net;
using System.Text;
using Concierge.Grains.Interfaces.Twilio;
using Microsoft.Extensions.Logging;

namespace Concierge.WebFront.Tests.Twilio;

public sealed class ValidateTwilioRequestFilterTests
{
    private const string VoicePath = "/twilio/voice?call=CA1&turn=2";

    private static readonly KeyValuePair<string, string>[] CallFields =
    [
        new("CallSid", "CA1"),
        new("From", "+14155550100"),
        new("To", "+14155550199"),
        new("CallStatus", "ringing"),
    ];

    [Fact]
    public async Task SignedFormPostReachesTheEndpointAndGetsTwiml()
    {
        await using var app = await TwilioTestApp.StartAsync();

        using var response = await app.Client.SendAsync(SignedForm(VoicePath, CallFields));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Contains("<Say>Signed &amp; delivered</Say>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(["voice"], app.EndpointsRun);
    }

    [Fact]
    public async Task TamperedFieldIsForbiddenAndTheEndpointDoesNotRun()
    {
        await using var app = await TwilioTestApp.StartAsync();
        var request = SignedForm(VoicePath, CallFields);
        request.Content = new FormUrlEncodedContent(CallFields.Select(f => f.Key == "From" ? new("From", "+14155550111") : f));

        using var response = await app.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(app.EndpointsRun);
    }

    [Fact]
    public async Task TamperedQueryStringIsForbidden()
    {
        await using var app = await TwilioTestApp.StartAsync();
        var request = SignedForm(VoicePath, CallFields);
        request.RequestUri = new Uri("/twilio/voice?call=CA1&turn=3", UriKind.Relative);

        using var response = await app.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(app.EndpointsRun);
    }

    [Fact]
    public async Task RequestWithoutASignatureIsForbidden()
    {
        await using var app = await TwilioTestApp.StartAsync();
        var request = SignedForm(VoicePath, CallFields);
        request.Headers.Remove(TwilioSignature.HeaderName);

        using var response = await app.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Empty(app.EndpointsRun);
    }

    [Fact]
    public async Task WithoutAnAuthTokenEveryRequestIsForbiddenAndTheMissingKeyIsLogged()
    {
        await using var app = await TwilioTestApp.StartAsync(authToken: null);

        using var response = await app.Client.SendAsync(SignedForm(VoicePath, CallFields));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(app.EndpointsRun);
        Assert.Contains(app.Logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("Concierge:Twilio:AuthToken", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RefusalsLogNeitherTheTokenNorTheSignature()
    {
        await using var app = await TwilioTestApp.StartAsync();
        var request = SignedForm(VoicePath, CallFields);
        var signature = request.Headers.GetValues(TwilioSignature.HeaderName).Single();
        request.Content = new FormUrlEncodedContent([.. CallFields, new("Digits", "9")]);

        using var response = await app.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains(app.Logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("/twilio/voice", StringComparison.Ordinal));
        Assert.DoesNotContain(app.Logs.Entries, e => e.Message.Contains(signature, StringComparison.Ordinal));
        Assert.DoesNotContain(app.Logs.Entries, e => e.Message.Contains(TwilioTestApp.AuthToken, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("https://public.example.com")]
    [InlineData("https://public.example.com/")]
    public async Task BehindAProxyTheSignatureOverThePublicUrlIsAccepted(string publicBaseUrl)
    {
        await using var app = await TwilioTestApp.StartAsync(publicBaseUrl: publicBaseUrl);

        using var response = await app.Client.SendAsync(SignedForm(VoicePath, CallFields, signedBaseUrl: "https://public.example.com"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["voice"], app.EndpointsRun);
    }

    [Fact]
    public async Task BehindAProxyTheSignatureOverTheLocalUrlIsRejected()
    {
        await using var app = await TwilioTestApp.StartAsync(publicBaseUrl: "https://public.example.com");

        using var response = await app.Client.SendAsync(SignedForm(VoicePath, CallFields, signedBaseUrl: TwilioTestApp.LocalBaseUrl));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(app.EndpointsRun);
    }

    [Fact]
    public async Task RepeatedFormKeysAreCheckedWithEveryValue()
    {
        await using var app = await TwilioTestApp.StartAsync();
        KeyValuePair<string, string>[] fields = [.. CallFields, new("Digits", "5678"), new("Digits", "1234")];

        using var response = await app.Client.SendAsync(SignedForm(VoicePath, fields));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["5678", "1234"], app.DigitsSeen);
    }

    [Fact]
    public async Task SignedGetWithEverythingInTheQueryReachesTheEndpoint()
    {
        await using var app = await TwilioTestApp.StartAsync();
        var url = TwilioTestApp.LocalBaseUrl + VoicePath;
        using var request = new HttpRequestMessage(HttpMethod.Get, VoicePath);
        request.Headers.Add(TwilioSignature.HeaderName, TwilioSignature.Sign(url, [], TwilioTestApp.AuthToken));

        using var response = await app.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["voice"], app.EndpointsRun);
    }

    [Fact]
    public async Task SignedJsonBodyReachesTheEndpointWhichCanStillReadIt()
    {
        await using var app = await TwilioTestApp.StartAsync();
        const string json = """{"CallSid":"CA1","CallStatus":"completed"}""";

        using var response = await app.Client.SendAsync(SignedJson("/twilio/status?call=CA1", json, json));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(json, app.BodySeen);
    }

    [Fact]
    public async Task AlteredJsonBodyIsForbidden()
    {
        await using var app = await TwilioTestApp.StartAsync();

        using var response = await app.Client.SendAsync(SignedJson(
            "/twilio/status?call=CA1", signedJson: """{"CallStatus":"completed"}""", sentJson: """{"CallStatus":"in-progress"}"""));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(app.EndpointsRun);
    }

    [Fact]
    public async Task BodyOfAnotherKindCannotRideOnAUrlOnlySignature()
    {
        await using var app = await TwilioTestApp.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, VoicePath)
        {
            Content = new StringContent("Digits=1234", Encoding.UTF8, "text/plain"),
        };
        request.Headers.Add(TwilioSignature.HeaderName, TwilioSignature.Sign(TwilioTestApp.LocalBaseUrl + VoicePath, [], TwilioTestApp.AuthToken));

        using var response = await app.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(app.EndpointsRun);
    }

    [Fact]
    public async Task FormTheServerCannotParseIsForbiddenRatherThanAServerError()
    {
        await using var app = await TwilioTestApp.StartAsync();
        // Longer than the form reader's key limit (2048), so reading the form throws.
        KeyValuePair<string, string>[] fields = [new(new string('k', 4096), "v")];

        using var response = await app.Client.SendAsync(SignedForm(VoicePath, fields));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(app.EndpointsRun);
    }

    [Theory]
    [InlineData("public.example.com")]
    [InlineData("https://public.example.com/?via=proxy")]
    public async Task PublicBaseUrlThatNoSignatureCouldMatchStopsStartUpNamingTheKey(string publicBaseUrl)
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => TwilioTestApp.StartAsync(publicBaseUrl: publicBaseUrl));

        Assert.Contains("Concierge:Twilio:PublicBaseUrl", error.Message, StringComparison.Ordinal);
    }

    /// <summary>A form POST signed as Twilio signs it when it requests <paramref name="signedBaseUrl"/> + path.</summary>
    private static HttpRequestMessage SignedForm(
        string pathAndQuery, IEnumerable<KeyValuePair<string, string>> fields, string signedBaseUrl = TwilioTestApp.LocalBaseUrl)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, pathAndQuery) { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add(TwilioSignature.HeaderName, TwilioSignature.Sign(signedBaseUrl + pathAndQuery, fields, TwilioTestApp.AuthToken));
        return request;
    }

    /// <summary>A JSON POST whose URL carries <c>bodySHA256</c> of <paramref name="signedJson"/>, carrying <paramref name="sentJson"/>.</summary>
    private static HttpRequestMessage SignedJson(string pathAndQuery, string signedJson, string sentJson)
    {
        var pathWithHash = TwilioSignature.AddBodyHash(pathAndQuery, Encoding.UTF8.GetBytes(signedJson));
        var request = new HttpRequestMessage(HttpMethod.Post, pathWithHash)
        {
            Content = new StringContent(sentJson, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(
            TwilioSignature.HeaderName, TwilioSignature.Sign(TwilioTestApp.LocalBaseUrl + pathWithHash, [], TwilioTestApp.AuthToken));
        return request;
    }
}
