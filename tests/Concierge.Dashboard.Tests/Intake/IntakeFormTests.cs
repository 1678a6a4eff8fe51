using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Concierge.Dashboard.Tests.Leads;
using Concierge.Dashboard.Tests.Server;
using Concierge.TestSupport;

namespace Concierge.Dashboard.Tests.Intake;

/// <summary>The public intake form: a visitor's request becomes a lead of that company, with the wording they agreed to, under the REST API's rules.</summary>
public sealed class IntakeFormTests(ConciergeAppFactory app) : IClassFixture<ConciergeAppFactory>
{
    private const string Wording = "Yes, Carter & Sons may call me about solar panels; the call may be recorded.";

    [Fact]
    public async Task VisitorsRequestBecomesALeadOfThatCompanyWithTheWordingTheyWereShown()
    {
        var (id, api) = await LeadTestCompanies.NewAsync(app, leadSettings: new { consentText = Wording });
        var (_, otherApi) = await LeadTestCompanies.NewAsync(app);
        var browser = Browser();
        var page = await browser.GetStringAsync(new Uri($"/intake/{id}", UriKind.Relative));
        var phone = TestPhones.Next();
        var fields = await LeadTestCompanies.IntakeFieldsAsync(browser, $"/intake/{id}", phone);
        var before = DateTimeOffset.UtcNow;

        using var sent = await browser.PostAsync(new Uri($"/intake/{id}", UriKind.Relative), new FormUrlEncodedContent(fields));
        var thanks = await browser.GetStringAsync(sent.Headers.Location);

        Assert.Contains("Yes, Carter &amp; Sons may call me about solar panels", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal($"/intake/{id}/thanks", sent.Headers.Location!.OriginalString);
        Assert.Contains("Your request has reached Carter &amp; Sons Solar", thanks, StringComparison.Ordinal);
        var lead = Assert.Single(await LeadTestCompanies.LeadsAsync(api));
        Assert.Equal(phone, lead.GetProperty("phone").GetString());
        Assert.Equal("Sam Carter", lead.GetProperty("name").GetString());
        Assert.Equal("intake form", lead.GetProperty("source").GetString());
        Assert.Equal(Wording, lead.GetProperty("consent").GetProperty("text").GetString());
        var at = lead.GetProperty("consent").GetProperty("at").GetDateTimeOffset();
        Assert.InRange(at, before.AddSeconds(-1), DateTimeOffset.UtcNow.AddSeconds(1));
        Assert.Empty(await LeadTestCompanies.LeadsAsync(otherApi));
    }

    [Fact]
    public async Task FrenchCompanysFormAndDefaultWordingAreInFrenchUnderTheDashboardsContentPolicy()
    {
        var (id, _) = await LeadTestCompanies.NewAsync(app, language: "fr-FR");

        using var response = await Browser().GetAsync(new Uri($"/intake/{id}", UriKind.Relative));
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(Concierge.WebFront.Dashboard.DashboardSecurityHeaders.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("<html lang=\"fr\">", page, StringComparison.Ordinal);
        Assert.Contains("J&#x27;accepte que Carter &amp; Sons Solar m&#x27;appelle", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFrenchFormSaysWhatIsWrongInFrench()
    {
        var (id, api) = await LeadTestCompanies.NewAsync(app, language: "fr-FR");
        var browser = Browser();
        var fields = await LeadTestCompanies.IntakeFieldsAsync(browser, $"/intake/{id}", "12");
        fields["email"] = "not an address";
        fields.Remove("consent");

        using var refused = await browser.PostAsync(new Uri($"/intake/{id}", UriKind.Relative), new FormUrlEncodedContent(fields));
        var page = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Indiquez un numéro de téléphone valide", page, StringComparison.Ordinal);
        Assert.Contains("Indiquez une adresse courriel valide", page, StringComparison.Ordinal);
        Assert.Contains("cochez la case", page, StringComparison.Ordinal);
        Assert.DoesNotContain(" must ", page, StringComparison.Ordinal); // none of the API's English messages
        Assert.Empty(await LeadTestCompanies.LeadsAsync(api));
    }

    [Theory]
    [InlineData("no-such-company")]
    [InlineData("Default")]
    [InlineData("..%2F..%2Fetc")]
    public async Task AddressOfNoCompanyIsNotFound(string companyId)
    {
        using var response = await Browser().GetAsync(new Uri($"/intake/{companyId}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("There is no such form.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryBadFieldIsShownNextToItsInputAndNothingIsRecorded()
    {
        var (id, api) = await LeadTestCompanies.NewAsync(app);
        var browser = Browser();
        var fields = await LeadTestCompanies.IntakeFieldsAsync(browser, $"/intake/{id}", "12");
        fields["name"] = "  ";
        fields["email"] = "sam at example";
        fields["notes"] = "bell\u0007";
        fields.Remove("consent");

        using var sent = await browser.PostAsync(new Uri($"/intake/{id}", UriKind.Relative), new FormUrlEncodedContent(fields));
        var page = await sent.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, sent.StatusCode);
        foreach (var field in new[] { "name", "phone", "email", "notes", "consent.given" })
        {
            Assert.Contains($"aria-describedby=\"{field}-error\"", page, StringComparison.Ordinal);
            Assert.Contains($"<p id=\"{field}-error\" class=\"field-error\">", page, StringComparison.Ordinal);
        }

        Assert.Contains("value=\"sam at example\"", page, StringComparison.Ordinal); // what was typed stays, to correct
        Assert.Empty(await LeadTestCompanies.LeadsAsync(api));
    }

    [Fact]
    public async Task ConsentTickedUnderWordingSinceChangedIsAskedAgainAndNothingIsRecorded()
    {
        var (id, api) = await LeadTestCompanies.NewAsync(app, leadSettings: new { consentText = "Old wording." });
        var browser = Browser();
        var fields = await LeadTestCompanies.IntakeFieldsAsync(browser, $"/intake/{id}", TestPhones.Next());
        (await api.PutAsJsonAsync(new Uri("/api/lead-settings", UriKind.Relative), new { consentText = Wording })).EnsureSuccessStatusCode();

        using var sent = await browser.PostAsync(new Uri($"/intake/{id}", UriKind.Relative), new FormUrlEncodedContent(fields));
        var page = await sent.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, sent.StatusCode);
        Assert.Contains("The consent wording changed since the form was opened", page, StringComparison.Ordinal);
        Assert.Contains("Yes, Carter &amp; Sons may call me", page, StringComparison.Ordinal);
        Assert.DoesNotContain("checked", page, StringComparison.Ordinal);
        Assert.Empty(await LeadTestCompanies.LeadsAsync(api));
    }

    [Fact]
    public async Task PostWithoutTheFormsAntiforgeryTokenIsRefusedAndRecordsNothing()
    {
        var (id, api) = await LeadTestCompanies.NewAsync(app);
        var fields = LeadTestCompanies.Fields("", TestPhones.Next());
        fields.Remove("__RequestVerificationToken");

        using var sent = await Browser().PostAsync(new Uri($"/intake/{id}", UriKind.Relative), new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.BadRequest, sent.StatusCode);
        Assert.Empty(await LeadTestCompanies.LeadsAsync(api));
    }

    [Fact]
    public async Task NumberWithAnOpenLeadOrOnTheDoNotCallListIsRefusedWithAMessage()
    {
        var blocked = TestPhones.Next();
        var (id, api) = await LeadTestCompanies.NewAsync(app, leadSettings: new { doNotCall = new[] { blocked } });
        var browser = Browser();
        var phone = TestPhones.Next();
        var fields = await LeadTestCompanies.IntakeFieldsAsync(browser, $"/intake/{id}", phone);
        (await browser.PostAsync(new Uri($"/intake/{id}", UriKind.Relative), new FormUrlEncodedContent(fields))).Dispose();

        using var again = await browser.PostAsync(new Uri($"/intake/{id}", UriKind.Relative), new FormUrlEncodedContent(fields));
        fields["phone"] = blocked;
        using var refused = await browser.PostAsync(new Uri($"/intake/{id}", UriKind.Relative), new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("already has a request for this number", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("asked Carter &amp; Sons Solar not to call it", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var lead = Assert.Single(await LeadTestCompanies.LeadsAsync(api));
        Assert.Equal(phone, lead.GetProperty("phone").GetString());
    }

    [Fact]
    public async Task FloodFromOneAddressIsAnswered429AndRecordsNoMoreThanTheBudget()
    {
        var (id, api) = await LeadTestCompanies.NewAsync(app);
        var browser = Browser();
        var fields = await LeadTestCompanies.IntakeFieldsAsync(browser, $"/intake/{id}", "");
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 30; i++)
        {
            fields["phone"] = TestPhones.Next();
            using var sent = await browser.PostAsync(new Uri($"/intake/{id}", UriKind.Relative), new FormUrlEncodedContent(fields));
            answers.Add(sent.StatusCode);
        }

        var fromElsewhere = Browser();
        using var other = await fromElsewhere.GetAsync(new Uri($"/intake/{id}", UriKind.Relative));

        // 20 requests a minute per address (the default): two page views and 18 posts, or a minute's more if a new one began meanwhile.
        var recorded = answers.Count(a => a == HttpStatusCode.Redirect);
        Assert.InRange(recorded, 18, 29);
        Assert.Equal(30 - recorded, answers.Count(a => a == HttpStatusCode.TooManyRequests));
        Assert.Equal(recorded, (await LeadTestCompanies.LeadsAsync(api)).Count);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode); // another address has a budget of its own
    }

    [Fact]
    public async Task AnIPv6ClientRotatingAddressesInItsSlash64SharesOneBudget()
    {
        var (id, _) = await LeadTestCompanies.NewAsync(app);
        var browser = Browser();
        var fields = await LeadTestCompanies.IntakeFieldsAsync(browser, $"/intake/{id}", "");
        var network = Interlocked.Increment(ref addresses);
        var answers = new List<HttpStatusCode>();
        for (var i = 1; i <= 30; i++)
        {
            fields["phone"] = TestPhones.Next();
            browser.From($"2001:db8:{network:x}:1::{i:x}"); // a new address of the same /64 each time
            using var sent = await browser.PostAsync(new Uri($"/intake/{id}", UriKind.Relative), new FormUrlEncodedContent(fields));
            answers.Add(sent.StatusCode);
        }

        using var otherNetwork = await app.Browser().From($"2001:db8:{network:x}:2::1").GetAsync(new Uri($"/intake/{id}", UriKind.Relative));

        Assert.Contains(HttpStatusCode.TooManyRequests, answers);
        Assert.InRange(answers.Count(a => a == HttpStatusCode.Redirect), 1, 29);
        Assert.Equal(HttpStatusCode.OK, otherNetwork.StatusCode); // the next /64 is another subscriber
    }

    /// <summary>A browser from an address of its own, so each test has its own rate-limit budget.</summary>
    private HttpClient Browser() => app.Browser().From($"10.14.0.{Interlocked.Increment(ref addresses)}");

    private static int addresses;
}
