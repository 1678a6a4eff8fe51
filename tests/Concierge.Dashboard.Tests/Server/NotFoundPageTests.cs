using System.Net;
using System.Net.Http.Headers;
using Concierge.TestSupport;

namespace Concierge.Dashboard.Tests.Server;

/// <summary>An address nothing answers: a page a person can read, except where machines are the readers.</summary>
public sealed class NotFoundPageTests(ConciergeAppFactory app) : IClassFixture<ConciergeAppFactory>
{
    [Theory]
    [InlineData("/no-such-page")]
    [InlineData("/calls/CA123/nothing-here")]
    [InlineData("/favicon.ico")]
    public async Task AnUnknownAddressIsAnHtmlPageWithALinkHome(string path)
    {
        using var response = await GetAsync(app.Browser(), path, "text/html");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<h1>Page not found</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/\">", html, StringComparison.Ordinal);
        Assert.Contains("class=\"site-header\"", html, StringComparison.Ordinal); // the dashboard's layout
    }

    [Fact]
    public async Task ASignedInOwnerKeepsTheNavigationOnIt()
    {
        var browser = app.Browser();
        (await DashboardForms.SignInAsync(browser)).Dispose();

        using var response = await GetAsync(browser, "/no-such-page", "text/html");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("href=\"/calls\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/no-such-route")]
    [InlineData("/api/calls/CA123/nothing-here")]
    [InlineData("/twilio/no-such-hook")]
    public async Task UnknownApiAndTwilioAddressesStayProblemDetails(string path)
    {
        using var response = await GetAsync(app.Browser(), path, "*/*");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task APostToAnUnknownAddressIsAPlain404AndAnApiRouteKeepsIts405()
    {
        var browser = app.Browser();

        using var unknown = await browser.PostAsync(new Uri("/no-such-page", UriKind.Relative), new StringContent(""));
        using var wrongMethod = await app.Api().PostAsync(new Uri("/api/calls", UriKind.Relative), new StringContent(""));

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, wrongMethod.StatusCode);
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient browser, string path, string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        return await browser.SendAsync(request);
    }
}
