using System.Net;
using Concierge.TestSupport;

namespace Concierge.Dashboard.Tests.Server;

/// <summary>The call log's filters, server-side: a bad value is shown next to its field, never a server error.</summary>
public sealed class CallFilterTests(ConciergeAppFactory app) : IClassFixture<ConciergeAppFactory>
{
    [Theory]
    [InlineData("9999-12-31")]
    [InlineData("0001-01-01")]
    [InlineData("1999-12-31")]
    [InlineData("2100-01-01")]
    public async Task ADayOutsideTheYears2000To2099IsRefusedNextToTheDateField(string day)
    {
        var browser = app.Browser();
        (await DashboardForms.SignInAsync(browser)).Dispose();

        using var response = await browser.GetAsync(new Uri($"/calls?date={day}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("date must be a day from 2000-01-01 to 2099-12-31", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheLastDayOfTheRangeIsAccepted()
    {
        var browser = app.Browser();
        (await DashboardForms.SignInAsync(browser)).Dispose();

        using var response = await browser.GetAsync(new Uri("/calls?date=2099-12-31", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
