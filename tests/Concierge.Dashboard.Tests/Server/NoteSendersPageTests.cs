using System.Net;
using Concierge.Grains.Interfaces.Companies;
using Concierge.TestSupport;

namespace Concierge.Dashboard.Tests.Server;

/// <summary>The Notes page's senders: who may send the company notes, added and removed by the owner, for their company alone.</summary>
public sealed class NoteSendersPageTests(ConciergeAppFactory app) : IClassFixture<ConciergeAppFactory>
{
    [Fact]
    public async Task AnAddedSenderIsListedAndMaySendNotesUntilRemoved()
    {
        var (companyId, browser) = await app.OtherCompanyAsync();
        var phone = TestPhones.Next();

        using var added = await browser.PostFormAsync("/notes", "/notes?handler=AddSender", new Dictionary<string, string> { ["phone"] = phone, ["name"] = "Sam on site" });
        var listed = WebUtility.HtmlDecode(await browser.GetStringAsync(new Uri("/notes", UriKind.Relative)));
        var allowed = await Company(companyId).FindSenderAsync(phone);
        using var removed = await browser.PostFormAsync("/notes", "/notes?handler=RemoveSender", new Dictionary<string, string> { ["phone"] = phone });

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains($"data-phone=\"{phone}\"", listed, StringComparison.Ordinal);
        Assert.Contains($"Sam on site ({phone}) may now send notes.", listed, StringComparison.Ordinal);
        Assert.Equal("Sam on site", allowed?.Name);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Null(await Company(companyId).FindSenderAsync(phone));
    }

    [Theory]
    [InlineData("12", "Sam", "phone")]
    [InlineData("not a number", "Sam", "phone")]
    [InlineData("{phone}", "", "name")]
    public async Task ABadNumberOrMissingNameIsAFieldErrorAndAddsNobody(string phone, string name, string field)
    {
        var (companyId, browser) = await app.OtherCompanyAsync();
        var posted = phone == "{phone}" ? TestPhones.Next() : phone;

        using var response = await browser.PostFormAsync("/notes", "/notes?handler=AddSender", new Dictionary<string, string> { ["phone"] = posted, ["name"] = name });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"id=\"{field}-error\"", html, StringComparison.Ordinal);
        Assert.Contains("The sender was not added", html, StringComparison.Ordinal);
        Assert.Empty(await Company(companyId).ListSendersAsync());
    }

    [Fact]
    public async Task AnotherCompanySeesNoneOfTheSendersAndCannotRemoveThem()
    {
        var (companyId, browser) = await app.OtherCompanyAsync();
        var (_, stranger) = await app.OtherCompanyAsync();
        var phone = TestPhones.Next();
        (await browser.PostFormAsync("/notes", "/notes?handler=AddSender", new Dictionary<string, string> { ["phone"] = phone, ["name"] = "<img src=x onerror=alert(1)>" })).Dispose();

        var mine = await browser.GetStringAsync(new Uri("/notes", UriKind.Relative));
        var theirs = await stranger.GetStringAsync(new Uri("/notes", UriKind.Relative));
        (await stranger.PostFormAsync("/notes", "/notes?handler=RemoveSender", new Dictionary<string, string> { ["phone"] = phone })).Dispose();

        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", mine, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", mine, StringComparison.Ordinal);
        Assert.DoesNotContain(phone, theirs, StringComparison.Ordinal);
        Assert.NotNull(await Company(companyId).FindSenderAsync(phone));
    }

    private ICompanyGrain Company(string companyId) => app.Grains.GetGrain<ICompanyGrain>(companyId);
}
