using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Concierge.TestSupport;

namespace Concierge.WebFront.Tests.Api;

/// <summary><c>/api/docs</c>: Scalar's reference page, its scripts served by the app itself, reading <c>/openapi/v1.json</c>.</summary>
public sealed partial class ApiReferenceTests(ConciergeAppFactory app) : IClassFixture<ConciergeAppFactory>
{
    [Fact]
    public async Task ApiDocsServesTheReferencePageOverTheOpenApiDocument()
    {
        using var http = app.Api(apiKey: null);

        using var page = await http.GetAsync(new Uri("/api/docs", UriKind.Relative));
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var pageUri = page.RequestMessage!.RequestUri!;
        using var script = await http.GetAsync(new Uri(pageUri, "scalar.js"));
        Assert.Equal(HttpStatusCode.OK, script.StatusCode); // served from the package, not a CDN

        // The page lists its documents by URL relative to the app's base, which Scalar's script finds by taking the
        // page's own route off its path.
        var source = Assert.Single(JsonDocument.Parse(Configuration().Match(html).Groups[1].Value).RootElement.GetProperty("sources").EnumerateArray());
        var appBase = pageUri.AbsolutePath[..pageUri.AbsolutePath.LastIndexOf("/api/docs", StringComparison.Ordinal)];
        var document = new Uri(new Uri(pageUri, appBase + "/"), source.GetProperty("url").GetString());
        Assert.Equal("/openapi/v1.json", document.AbsolutePath);
        using var openApi = await http.GetAsync(document);
        Assert.Equal(HttpStatusCode.OK, openApi.StatusCode);
        Assert.Contains("\"openapi\"", await openApi.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"initialize\(\s*'[^']*',\s*\w+,\s*(\{.*\}),\s*'", RegexOptions.Singleline)]
    private static partial Regex Configuration();
}
