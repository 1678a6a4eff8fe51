using System.Net;
using Concierge.Dashboard.Tests.Inbox;
using Concierge.TestSupport;
using Concierge.WebFront.Dashboard;

namespace Concierge.Dashboard.Tests.Server;

/// <summary>The call list as a CSV file: the list's filters, RFC 4180 quoting, and no cell a spreadsheet would run.</summary>
public sealed class CallsCsvTests(ConciergeAppFactory app) : IClassFixture<ConciergeAppFactory>
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a, b", "\"a, b\"")]
    [InlineData("she said \"hi\"", "\"she said \"\"hi\"\"\"")]
    [InlineData("two\r\nlines", "\"two\r\nlines\"")]
    [InlineData("=HYPERLINK(\"http://evil\")", "\"'=HYPERLINK(\"\"http://evil\"\")\"")]
    [InlineData("+14155550100", "'+14155550100")]
    [InlineData("-1", "'-1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("", "")]
    public void CellsAreQuotedAsRfc4180SaysAndFormulasAreDefused(string value, string written)
    {
        Assert.Equal(written, CsvCells.Field(value));
    }

    [Fact]
    public async Task TheFilteredCallListDownloadsAsCsvWithTheMessage()
    {
        var browser = app.Browser();
        (await DashboardForms.SignInAsync(browser)).Dispose();
        var call = await InboxTests.LeaveMessageAsync(app, "Call Jordan back, about the outage, today.");
        var other = app.NewCall();
        await other.RingAsync();

        using var response = await browser.GetAsync(new Uri($"/calls.csv?caller={Uri.EscapeDataString(call.From)}", UriKind.Relative));
        var csv = await response.Content.ReadAsStringAsync();
        var records = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.StartsWith("call_sid,started_at_utc,", records[0], StringComparison.Ordinal);
        Assert.Equal(2, records.Length); // the header and the one call from that number
        Assert.StartsWith($"{call.CallSid},", records[1], StringComparison.Ordinal);
        Assert.Contains($",'{call.From},", records[1], StringComparison.Ordinal);
        Assert.EndsWith(",\"Call Jordan back, about the outage, today.\"", records[1], StringComparison.Ordinal);
        Assert.DoesNotContain(other.CallSid, csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABadFilterIsRefusedAsTheListRefusesIt()
    {
        var browser = app.Browser();
        (await DashboardForms.SignInAsync(browser)).Dispose();

        using var response = await browser.GetAsync(new Uri("/calls.csv?date=yesterday", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("date must be a day", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
