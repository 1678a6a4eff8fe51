using System.Net;
using Concierge.TestSupport;

namespace Concierge.Dashboard.Tests.Server;

/// <summary>A dashboard address asked with a method it does not answer says so (405, with the methods it does answer).</summary>
public sealed class WrongMethodTests(ConciergeAppFactory app) : IClassFixture<ConciergeAppFactory>
{
    [Theory]
    [InlineData("/calls")]
    [InlineData("/live")]
    [InlineData("/")]
    [InlineData("/live/events")]
    public async Task APostToAReadOnlyPageIsMethodNotAllowed(string path)
    {
        var browser = app.Browser();
        (await DashboardForms.SignInAsync(browser)).Dispose();
        var token = await DashboardForms.AntiforgeryTokenAsync(browser, "/settings");

        using var response = await browser.PostAsync(
            new Uri(path, UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("GET", response.Content.Headers.Allow);
    }
}
