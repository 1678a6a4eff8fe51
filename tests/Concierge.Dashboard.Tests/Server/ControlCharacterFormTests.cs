using System.Net;
using Concierge.TestSupport;

namespace Concierge.Dashboard.Tests.Server;

/// <summary>The dashboard's forms refuse control characters with the REST API's rules: a 400 page naming the field, never a 503.</summary>
public sealed class ControlCharacterFormTests(ConciergeAppFactory app) : IClassFixture<ConciergeAppFactory>
{
    [Theory]
    [InlineData("%00")]
    [InlineData("kumquat%01")]
    public async Task ACallLogSearchWithAControlCharacterIsABadRequestNotAStoreOutage(string q)
    {
        var browser = app.Browser();
        (await DashboardForms.SignInAsync(browser)).Dispose();

        using var response = await browser.GetAsync(new Uri($"/calls?q={q}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("q must not contain control characters", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnExceptionNameWithAControlCharacterIsRefusedOnTheForm()
    {
        var browser = app.Browser();
        (await DashboardForms.SignInAsync(browser)).Dispose();
        var token = await DashboardForms.AntiforgeryTokenAsync(browser, "/exceptions");

        using var response = await browser.PostAsync(new Uri("/exceptions?handler=Add", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["phone"] = TestPhones.Next(),
            ["name"] = "Mum\u0001",
            ["category"] = "family",
            ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("name must not contain control characters", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }
}
