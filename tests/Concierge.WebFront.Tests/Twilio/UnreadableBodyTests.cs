using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Concierge.Grains.Interfaces.Twilio;
using Concierge.TestSupport;

namespace Concierge.WebFront.Tests.Twilio;

/// <summary>A body that cannot be read as a form, on any Twilio route, is refused (403) and never a server error.</summary>
public sealed class UnreadableBodyTests(ConciergeAppFactory app) : IClassFixture<ConciergeAppFactory>
{
    public static TheoryData<string> Routes => ["/twilio/voice", "/twilio/gather", "/twilio/dial-result", "/twilio/whisper?call=CA1", "/twilio/status"];

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task AMultipartBodyThatEndsMidPartIsForbiddenOnEveryTwilioRoute(string route)
    {
        using var response = await app.CreateClient().SendAsync(Multipart(route, "--b\r\nContent-Disposition: form-data; name=\"CallSid\"\r\n\r\nCA1"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task AMultipartBodyWithASignatureOverItsIntendedFieldsIsStillForbiddenWhenItCannotBeRead(string route)
    {
        var request = Multipart(route, "--b\r\nContent-Disposition: form-data; name=\"CallSid\"\r\n\r\nCA1\r\n--b\r\nContent-Disposition: form-");
        request.Headers.Add(TwilioSignature.HeaderName, ConciergeAppFactory.Account.Sign(route, [new("CallSid", "CA1")]));

        using var response = await app.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static HttpRequestMessage Multipart(string route, string body)
    {
        var content = new ByteArrayContent(Encoding.ASCII.GetBytes(body));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=b");
        return new HttpRequestMessage(HttpMethod.Post, new Uri(route, UriKind.Relative)) { Content = content };
    }
}
