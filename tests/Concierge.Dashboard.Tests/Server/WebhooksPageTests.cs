using System.Net;
using Concierge.Grains.Interfaces.Webhooks;
using Concierge.Silo.Webhooks;
using Concierge.TestSupport;

namespace Concierge.Dashboard.Tests.Server;

/// <summary>The Webhooks page: the address, a secret shown once when made, and the company's deliveries alone.</summary>
public sealed class WebhooksPageTests(ConciergeAppFactory app) : IClassFixture<ConciergeAppFactory>
{
    [Fact]
    public async Task TheFirstAddressShowsItsSigningSecretOnceAndAChangedAddressKeepsIt()
    {
        var (companyId, browser) = await app.OtherCompanyAsync();

        using var first = await browser.PostFormAsync("/webhooks", "/webhooks?handler=Url", new Dictionary<string, string> { ["url"] = "https://crm.example.com/hooks" });
        var firstPage = await first.Content.ReadAsStringAsync();
        var secret = (await Endpoint(companyId).GetAsync())!.Secret;
        using var changed = await browser.PostFormAsync("/webhooks", "/webhooks?handler=Url", new Dictionary<string, string> { ["url"] = "https://crm.example.com/v2/hooks" });
        var later = await browser.GetStringAsync(new Uri("/webhooks", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains($"<code id=\"secret\">{secret}</code>", firstPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(new Uri("https://crm.example.com/v2/hooks"), (await Endpoint(companyId).GetAsync())!.Url);
        Assert.Equal(secret, (await Endpoint(companyId).GetAsync())!.Secret);
        Assert.DoesNotContain(secret, later, StringComparison.Ordinal);
        Assert.Contains("https://crm.example.com/v2/hooks", later, StringComparison.Ordinal);
        Assert.Contains("href=\"/webhooks\" aria-current=\"page\"", later, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANewSecretReplacesTheOldAtOnceAndIsShownOnlyThen()
    {
        var (companyId, browser) = await app.OtherCompanyAsync();
        (await browser.PostFormAsync("/webhooks", "/webhooks?handler=Url", new Dictionary<string, string> { ["url"] = "https://crm.example.com/hooks" })).Dispose();
        var before = (await Endpoint(companyId).GetAsync())!.Secret;

        using var rotated = await browser.PostFormAsync("/webhooks", "/webhooks?handler=Secret", new Dictionary<string, string>());
        var after = (await Endpoint(companyId).GetAsync())!.Secret;

        Assert.Equal(HttpStatusCode.OK, rotated.StatusCode);
        Assert.NotEqual(before, after);
        Assert.Contains($"<code id=\"secret\">{after}</code>", await rotated.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://127.0.0.1/hooks", "must not point to a loopback or private network address")]
    [InlineData("not a url", "url must be an absolute http or https URL.")]
    public async Task AnAddressThePolicyRefusesIsAFieldErrorAndChangesNothing(string url, string message)
    {
        var (companyId, browser) = await app.OtherCompanyAsync();

        using var response = await browser.PostFormAsync("/webhooks", "/webhooks?handler=Url", new Dictionary<string, string> { ["url"] = url });
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("id=\"url-error\"", html, StringComparison.Ordinal);
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.Null(await Endpoint(companyId).GetAsync());
    }

    [Fact]
    public async Task DeliveriesAreListedEscapedAndOnlyToTheirOwnCompany()
    {
        var (companyId, browser) = await app.OtherCompanyAsync();
        var (_, stranger) = await app.OtherCompanyAsync();
        var deliveryId = $"d-{Guid.NewGuid():N}";
        await app.Grains.GetGrain<IWebhookDeliveryGrain>(WebhookDeliveryKey.For(companyId, deliveryId))
            .EnqueueAsync(new WebhookDelivery(companyId, deliveryId, "<b>lead.qualified</b>", """{"hello":"world"}"""));

        var mine = await browser.GetStringAsync(new Uri("/webhooks", UriKind.Relative));
        var theirs = await stranger.GetStringAsync(new Uri("/webhooks", UriKind.Relative));
        using var badStatus = await browser.GetAsync(new Uri("/webhooks?status=lost", UriKind.Relative));

        Assert.Contains($"data-delivery=\"{deliveryId}\"", mine, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;lead.qualified&lt;/b&gt;", mine, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>lead.qualified", mine, StringComparison.Ordinal);
        Assert.DoesNotContain(deliveryId, theirs, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badStatus.StatusCode);
        Assert.Contains("id=\"status-error\"", await badStatus.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendATestEventQueuesOneSignedDeliveryShownOnThePage()
    {
        var (companyId, browser) = await app.OtherCompanyAsync();
        using var before = await browser.PostFormAsync("/webhooks", "/webhooks?handler=Test", new Dictionary<string, string>());
        var refusedPage = await browser.GetStringAsync(new Uri("/webhooks", UriKind.Relative));
        (await browser.PostFormAsync("/webhooks", "/webhooks?handler=Url", new Dictionary<string, string> { ["url"] = "https://crm.example.com/hooks" })).Dispose();

        using var sent = await browser.PostFormAsync("/webhooks", "/webhooks?handler=Test", new Dictionary<string, string>());
        var page = await browser.GetStringAsync(new Uri("/webhooks", UriKind.Relative));

        Assert.Contains("Set a webhook address first", refusedPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Contains("A test event (test-", page, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(page, "data-delivery=\"test-[0-9a-f]{32}\""));
        Assert.Contains(WebhookTestEvent.Type, page, StringComparison.Ordinal);
    }

    private IWebhookEndpointGrain Endpoint(string companyId) => app.Grains.GetGrain<IWebhookEndpointGrain>(companyId);
}
