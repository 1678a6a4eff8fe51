using System.Net;
using Concierge.Grains.Interfaces.Companies;
using Concierge.TestSupport;

namespace Concierge.Dashboard.Tests.Server;

/// <summary>The Settings page saves through the company grain with the REST API's rules, and shows a bad field next to its input.</summary>
public sealed class SettingsPageTests(ConciergeAppFactory app) : IClassFixture<ConciergeAppFactory>
{
    [Fact]
    public async Task ThePageShowsTheStoredSettings()
    {
        var browser = app.Browser();
        (await DashboardForms.SignInAsync(browser)).Dispose();

        var page = WebUtility.HtmlDecode(await (await browser.GetAsync(new Uri("/settings", UriKind.Relative))).Content.ReadAsStringAsync());

        Assert.Contains($"value=\"{ConciergeAppFactory.OwnerPhone}\"", page, StringComparison.Ordinal);
        Assert.Contains("<option value=\"Europe/Paris\">", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/settings\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SavingStoresEveryFieldThroughTheCompany()
    {
        var browser = app.Browser();
        (await DashboardForms.SignInAsync(browser)).Dispose();

        using var saved = await PostAsync(browser, Fields(("greeting", "Hello, Alex's phone."), ("timeZone", "Europe/Paris"), ("ringSeconds", "30"), ("voiceMode", "realtime"), ("languages", "fr-FR, en-US")));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var settings = await Company.GetSettingsAsync();
        Assert.Equal(("Hello, Alex's phone.", "Europe/Paris", 30, "realtime", false), (settings?.Greeting, settings?.TimeZone, settings?.RingSeconds, settings?.VoiceMode, settings?.Whisper));
        Assert.Equal(["fr-FR", "en-US"], settings?.Languages);
        var after = await (await browser.GetAsync(new Uri("/settings", UriKind.Relative))).Content.ReadAsStringAsync();
        Assert.Contains("Settings saved.", after, StringComparison.Ordinal);
        Assert.Contains("Times in Europe/Paris", after, StringComparison.Ordinal);
        (await PostAsync(browser, Fields(("whisper", "true")))).Dispose();
    }

    [Theory]
    [InlineData("timeZone", "Mars/Olympus_Mons", "is not a time zone")]
    [InlineData("ringSeconds", "ninety", "ringSeconds must be from 5 to 60.")]
    [InlineData("ringSeconds", "90", "ringSeconds must be from 5 to 60.")]
    [InlineData("ownerPhone", "12", "ownerPhone")]
    [InlineData("voiceMode", "telepathy", "voiceMode must be one of: gather, realtime.")]
    [InlineData("languages", "de-DE", "languages must be 1 to 5 tags")]
    public async Task ABadFieldIsShownNextToItsInputAndNothingIsSaved(string field, string value, string message)
    {
        var browser = app.Browser();
        (await DashboardForms.SignInAsync(browser)).Dispose();
        var before = await Company.GetSettingsAsync();

        using var response = await PostAsync(browser, Fields((field, value)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains($"id=\"{field}-error\"", page, StringComparison.Ordinal);
        Assert.Contains(message, WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        Assert.Equal(Comparable(before), Comparable(await Company.GetSettingsAsync()));
    }

    [Fact]
    public async Task APostWithoutTheFormsTokenIsRefused()
    {
        var browser = app.Browser();
        (await DashboardForms.SignInAsync(browser)).Dispose();

        using var response = await browser.PostAsync(new Uri("/settings", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string> { ["ownerPhone"] = "" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(ConciergeAppFactory.OwnerPhone, (await Company.GetSettingsAsync())?.OwnerPhone);
    }

    private ICompanyGrain Company => app.Grains.GetGrain<ICompanyGrain>(CompanyIds.Default);

    // Records compare their lists by reference: compare the lists' contents, and the rest as records.
    private static (CompanySettings?, string) Comparable(CompanySettings? settings) =>
        (settings is null ? null : settings with { Languages = Array.Empty<string>(), TwilioNumbers = Array.Empty<string>() },
         settings is null ? "" : string.Join(",", settings.Languages.Concat(settings.TwilioNumbers)));

    /// <summary>The form as the page fills it for the test app's owner, with <paramref name="changes"/>.</summary>
    private static Dictionary<string, string> Fields(params (string Field, string Value)[] changes)
    {
        var fields = new Dictionary<string, string>
        {
            ["ownerName"] = "Alex", ["ownerPhone"] = ConciergeAppFactory.OwnerPhone, ["greeting"] = "", ["languages"] = "en-US, fr-FR",
            ["screeningInstructions"] = "", ["timeZone"] = "UTC", ["ringSeconds"] = "20", ["voiceMode"] = "gather",
        };
        foreach (var (field, value) in changes)
        {
            fields[field] = value;
        }

        return fields;
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient browser, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await DashboardForms.AntiforgeryTokenAsync(browser, "/settings");
        return await browser.PostAsync(new Uri("/settings", UriKind.Relative), new FormUrlEncodedContent(fields));
    }
}
