using System.Net;

namespace Concierge.Dashboard.Tests.Server;

/// <summary>The dashboard's forms refuse control characters with the REST API's rules: a 400 page naming the field, never a 503.</summary>
public sealed class ControlCharacterFormTests(DashboardAppFactory app) : IClassFixture<DashboardAppFactory>
{
    [Theory]
    [InlineData("%00")]
    [InlineData("kumquat%01")]
    public async Task ACallLogSearchWithAControlCharacterIsABadRequestNotAStoreOutage(string q)
    {
        var browser = app.Browser();
        (await DashboardAppFactory.SignInAsync(browser)).Dispose();

        using var response = await browser.GetAsync(new Uri($"/calls?q={q}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("q must not contain control characters", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnExceptionNameWithAControlCharacterIsRefusedOnTheForm()
    {
        var browser = app.Browser();
        (await DashboardAppFactory.SignInAsync(browser)).Dispose();
        var token = await DashboardAppFactory.AntiforgeryTokenAsync(browser, "/exceptions");

        using var response = await browser.PostAsync(new Uri("/exceptions?handler=Add", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["phone"] = $"+1415555{Random.Shared.Next(0, 10000):D4}",
            ["name"] = "Mum\u0001",
            ["category"] = "family",
            ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("name must not contain control characters", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }
}
