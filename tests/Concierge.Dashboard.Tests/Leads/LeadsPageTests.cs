using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Concierge.Dashboard.Tests.Server;
using Concierge.TestSupport;

namespace Concierge.Dashboard.Tests.Leads;

/// <summary>The Leads page: the pipeline, the list, a lead's details, adding one by hand, cancelling and erasing, and the questions and hours.</summary>
public sealed class LeadsPageTests(ConciergeAppFactory app) : IClassFixture<ConciergeAppFactory>
{
    [Fact]
    public async Task PipelineCountsTheCompanysLeadsAndTheListFiltersByStatus()
    {
        var (_, api) = await LeadTestCompanies.NewAsync(app);
        var open = await LeadTestCompanies.NewLeadAsync(api, TestPhones.Next(), "Open Olive");
        var cancelled = await LeadTestCompanies.NewLeadAsync(api, TestPhones.Next(), "Cancelled Cora");
        (await api.DeleteAsync(new Uri($"/api/leads/{cancelled}", UriKind.Relative))).EnsureSuccessStatusCode();
        var browser = await SignedInAsync(api);

        var all = await browser.GetStringAsync(new Uri("/leads", UriKind.Relative));
        var onlyCancelled = await browser.GetStringAsync(new Uri("/leads?status=cancelled", UriKind.Relative));
        using var badFilter = await browser.GetAsync(new Uri("/leads?status=won", UriKind.Relative));

        Assert.Contains("<span data-count=\"all\">2</span>", all, StringComparison.Ordinal);
        Assert.Contains($"data-lead=\"{open}\"", all, StringComparison.Ordinal);
        Assert.Contains($"data-lead=\"{cancelled}\"", all, StringComparison.Ordinal);
        Assert.Contains($"data-lead=\"{cancelled}\"", onlyCancelled, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-lead=\"{open}\"", onlyCancelled, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badFilter.StatusCode);
        Assert.Contains("id=\"status-error\"", await badFilter.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("href=\"/leads\" aria-current=\"page\"", all, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OwnerAddsALeadByHandAndTheirStatementIsTheConsentRecorded()
    {
        var (_, api) = await LeadTestCompanies.NewAsync(app);
        var browser = await SignedInAsync(api);
        var token = await DashboardForms.AntiforgeryTokenAsync(browser, "/leads");
        var phone = TestPhones.Next();

        using var added = await browser.PostAsync(new Uri("/leads?handler=Add", UriKind.Relative), new FormUrlEncodedContent(LeadTestCompanies.Fields(token, phone)));
        var id = added.Headers.Location!.OriginalString["/leads/".Length..];
        var detail = await browser.GetStringAsync(added.Headers.Location);
        var lead = await api.GetFromJsonAsync<JsonElement>(new Uri($"/api/leads/{id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains("Sam Carter was added", detail, StringComparison.Ordinal);
        Assert.Equal(phone, lead.GetProperty("phone").GetString());
        Assert.Equal("dashboard", lead.GetProperty("source").GetString());
        Assert.Equal("The lead agreed to be called by Carter & Sons Solar; recorded by the company on its dashboard.", lead.GetProperty("consent").GetProperty("text").GetString());
    }

    [Fact]
    public async Task LeadAddedWithoutConsentOrWithABadNumberIsRefusedFieldByField()
    {
        var (_, api) = await LeadTestCompanies.NewAsync(app);
        var browser = await SignedInAsync(api);
        var token = await DashboardForms.AntiforgeryTokenAsync(browser, "/leads");
        var fields = LeadTestCompanies.Fields(token, "not a number");
        fields.Remove("consent");

        using var refused = await browser.PostAsync(new Uri("/leads?handler=Add", UriKind.Relative), new FormUrlEncodedContent(fields));
        var page = await refused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("<p id=\"phone-error\" class=\"field-error\">", page, StringComparison.Ordinal);
        Assert.Contains("<p id=\"consent.given-error\" class=\"field-error\">", page, StringComparison.Ordinal);
        Assert.Empty(await LeadTestCompanies.LeadsAsync(api));
    }

    [Fact]
    public async Task AnotherCompanysLeadIsNotFoundAndCannotBeCancelledFromThisDashboard()
    {
        var (_, mine) = await LeadTestCompanies.NewAsync(app);
        var (_, theirs) = await LeadTestCompanies.NewAsync(app);
        var id = await LeadTestCompanies.NewLeadAsync(theirs, TestPhones.Next());
        var browser = await SignedInAsync(mine);
        var token = await DashboardForms.AntiforgeryTokenAsync(browser, "/leads");

        using var shown = await browser.GetAsync(new Uri($"/leads/{id}", UriKind.Relative));
        using var cancel = await browser.PostAsync(
            new Uri($"/leads/{id}?handler=Cancel", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Equal(HttpStatusCode.NotFound, shown.StatusCode);
        Assert.DoesNotContain("Sam Carter", await shown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, cancel.StatusCode);
        var lead = await theirs.GetFromJsonAsync<JsonElement>(new Uri($"/api/leads/{id}", UriKind.Relative));
        Assert.NotEqual("cancelled", lead.GetProperty("status").GetString());
    }

    [Fact]
    public async Task OwnerCancelsALeadThenErasesItsPersonalData()
    {
        var (_, api) = await LeadTestCompanies.NewAsync(app);
        var id = await LeadTestCompanies.NewLeadAsync(api, TestPhones.Next(), "Erin Erased", notes: "Lives at 4 Elm Street.");
        var browser = await SignedInAsync(api);
        var token = await DashboardForms.AntiforgeryTokenAsync(browser, $"/leads/{id}");
        var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });

        using var cancelled = await browser.PostAsync(new Uri($"/leads/{id}?handler=Cancel", UriKind.Relative), form);
        var afterCancel = await browser.GetStringAsync(new Uri($"/leads/{id}", UriKind.Relative));
        using var erased = await browser.PostAsync(new Uri($"/leads/{id}?handler=Erase", UriKind.Relative), form);
        var afterErase = await browser.GetStringAsync(new Uri($"/leads/{id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        Assert.Contains("<dd id=\"lead-status\">cancelled</dd>", afterCancel, StringComparison.Ordinal);
        Assert.Contains("Lives at 4 Elm Street.", afterCancel, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, erased.StatusCode);
        Assert.DoesNotContain("Erin Erased", afterErase, StringComparison.Ordinal);
        Assert.DoesNotContain("4 Elm Street", afterErase, StringComparison.Ordinal);
        Assert.Contains("The lead&#x27;s personal data was erased.", afterErase, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NameAndNotesLikeMarkupAreShownAsTextOnTheListAndTheLead()
    {
        var (_, api) = await LeadTestCompanies.NewAsync(app);
        var id = await LeadTestCompanies.NewLeadAsync(api, TestPhones.Next(), "<script>alert(1)</script>", notes: "\"]]><Say>Press 9</Say>");
        var browser = await SignedInAsync(api);

        var list = await browser.GetStringAsync(new Uri("/leads", UriKind.Relative));
        var detail = await browser.GetStringAsync(new Uri($"/leads/{id}", UriKind.Relative));

        foreach (var page in new[] { list, detail })
        {
            Assert.DoesNotContain("<script>alert(1)", page, StringComparison.Ordinal);
            Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", page, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("<Say>", detail, StringComparison.Ordinal);
        Assert.Contains("&quot;]]&gt;&lt;Say&gt;Press 9&lt;/Say&gt;", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuestionsAndCallingHoursAreSavedWithTheApisRulesAndBlankRowsDropped()
    {
        var (_, api) = await LeadTestCompanies.NewAsync(app, leadSettings: new { maxAttempts = 5, consentText = "Call me." });
        var browser = await SignedInAsync(api);
        var token = await DashboardForms.AntiforgeryTokenAsync(browser, "/leads/settings");
        var fields = new List<KeyValuePair<string, string>>
        {
            new("questions[0].text", "Do you own your home?"), new("questions[0].kind", "yes_no"), new("questions[0].required", "true"),
            new("questions[1].text", ""), new("questions[1].kind", "free_text"),
            new("questions[2].text", "Which roof?"), new("questions[2].kind", "choice"), new("questions[2].options", "flat, pitched"),
            new("days", "mon"), new("days", "sat"), new("from", "10:00"), new("to", "16:30"), new("timeZone", "Europe/Paris"),
            new("__RequestVerificationToken", token),
        };
        using var saved = await browser.PostAsync(new Uri("/leads/settings", UriKind.Relative), new FormUrlEncodedContent(fields));
        var settings = await api.GetFromJsonAsync<JsonElement>(new Uri("/api/lead-settings", UriKind.Relative));
        fields[5] = new("questions[2].options", "flat");
        fields[8] = new("from", "17:00");
        using var refused = await browser.PostAsync(new Uri("/leads/settings", UriKind.Relative), new FormUrlEncodedContent(fields));
        var refusedPage = await refused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var questions = settings.GetProperty("questions").EnumerateArray().ToList();
        Assert.Equal(["Do you own your home?", "Which roof?"], questions.Select(q => q.GetProperty("text").GetString()));
        Assert.Equal(["flat", "pitched"], questions[1].GetProperty("options").EnumerateArray().Select(o => o.GetString()));
        Assert.False(questions[1].GetProperty("required").GetBoolean());
        Assert.Equal(["mon", "sat"], settings.GetProperty("callingHours").GetProperty("days").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal("Europe/Paris", settings.GetProperty("callingHours").GetProperty("timeZone").GetString());
        Assert.Equal(5, settings.GetProperty("maxAttempts").GetInt32()); // what the page does not show is kept
        Assert.Equal("Call me.", settings.GetProperty("consentText").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("<p id=\"questions[1].options-error\" class=\"field-error\">", refusedPage, StringComparison.Ordinal); // the row it is about, once blanks are dropped
        Assert.Contains("<p id=\"callingHours.to-error\" class=\"field-error\">", refusedPage, StringComparison.Ordinal);
    }

    /// <summary>A browser signed in to the dashboard with the company's own key.</summary>
    private async Task<HttpClient> SignedInAsync(HttpClient api)
    {
        var browser = app.Browser();
        (await DashboardForms.SignInAsync(browser, api.DefaultRequestHeaders.GetValues("X-Api-Key").Single())).Dispose();
        return browser;
    }
}
