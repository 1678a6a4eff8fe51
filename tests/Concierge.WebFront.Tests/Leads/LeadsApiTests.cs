using System.Net;
using System.Text.Json;
using Concierge.TestSupport;
using Concierge.WebFront.Tests.Api;

namespace Concierge.WebFront.Tests.Leads;

/// <summary><c>/api/leads</c>: intake with consent, the do-not-call list, one open lead per number, listing, cancelling and erasing.</summary>
public sealed class LeadsApiTests(ConciergeAppFactory app) : IClassFixture<ConciergeAppFactory>
{
    [Fact]
    public async Task ALeadWithConsentIsRecordedWithItsNumberReadForTheCompanysRegion()
    {
        var company = await LeadCompanies.NewAsync(app, region: "FR");

        using var response = await company.Api.PostJsonAsync("/api/leads", LeadCompanies.Lead("06 98 76 54 32"));
        var created = await response.JsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetString()!;
        var read = await (await company.Api.GetAsync($"/api/leads/{id}")).JsonAsync(HttpStatusCode.OK);

        Assert.Equal($"/api/leads/{id}", response.Headers.Location?.ToString());
        Assert.Equal("+33698765432", read.GetProperty("phone").GetString());
        Assert.Contains(read.GetProperty("status").GetString(), (string[])["scheduled", "calling"]); // open: to be called
        Assert.Equal("I agree to be called by Carter Solar about my request.", read.GetProperty("consent").GetProperty("text").GetString());
        Assert.Equal(("Sam Carter", "sam@example.com", "web form"), (
            read.GetProperty("name").GetString(), read.GetProperty("email").GetString(), read.GetProperty("source").GetString()));
        Assert.Empty(read.GetProperty("attempts").EnumerateArray());
    }

    [Theory]
    [InlineData("name", null)]
    [InlineData("name", "   ")]
    [InlineData("name", "A name that goes on and on and on and on and on and on and on and on and on and on and on and on and on")]
    [InlineData("name", "Sam\u0000Carter")]
    [InlineData("phone", null)]
    [InlineData("phone", "not a phone")]
    [InlineData("phone", "+1 415 555")]
    [InlineData("phone", "anonymous")]
    [InlineData("email", "sam at example")]
    [InlineData("email", "sam@example.com, boss@example.com")]
    [InlineData("source", "a source of more than a hundred characters ............................................................")]
    [InlineData("notes", "\u001b[31m")]
    [InlineData("consent", null)]
    [InlineData("timeZone", "Mars/Olympus_Mons")]
    [InlineData("language", "de")]
    public async Task ABadIntakeFieldIsA400NamingItAndNothingIsRecorded(string field, string? value)
    {
        var company = await LeadCompanies.NewAsync(app);
        var lead = LeadCompanies.Lead(TestPhones.Next());
        lead[field] = value;

        var problem = await (await company.Api.PostJsonAsync("/api/leads", lead)).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.NotEmpty(problem.FieldError(field));
        Assert.Empty((await ListAsync(company, "/api/leads")).EnumerateArray());
    }

    [Theory]
    [InlineData("given", false, "consent.given")]
    [InlineData("given", null, "consent.given")]
    [InlineData("at", null, "consent.at")]
    [InlineData("at", "yesterday", "consent.at")]
    [InlineData("at", "2999-01-01T00:00:00Z", "consent.at")]
    [InlineData("text", "", "consent.text")]
    public async Task ConsentNotGivenOrNotSaidWhenAndToWhatIsA400(string part, object? value, string field)
    {
        var company = await LeadCompanies.NewAsync(app);
        var lead = LeadCompanies.Lead(TestPhones.Next());
        ((Dictionary<string, object?>)lead["consent"]!)[part] = value;

        var problem = await (await company.Api.PostJsonAsync("/api/leads", lead)).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.NotEmpty(problem.FieldError(field));
        Assert.Empty((await ListAsync(company, "/api/leads")).EnumerateArray());
    }

    [Fact]
    public async Task ANumberOnTheDoNotCallListIsRefusedAndNotRecorded()
    {
        var company = await LeadCompanies.NewAsync(app);
        var phone = TestPhones.Next();
        await (await company.Api.PutJsonAsync("/api/lead-settings", new { doNotCall = new[] { phone } })).JsonAsync(HttpStatusCode.OK);

        var problem = await (await company.Api.PostJsonAsync("/api/leads", LeadCompanies.Lead(phone))).ProblemAsync(HttpStatusCode.Conflict);

        Assert.Contains("do-not-call", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Empty((await ListAsync(company, "/api/leads")).EnumerateArray());
    }

    [Fact]
    public async Task ASecondOpenLeadForTheSameNumberIsRefusedNamingTheFirstUntilTheFirstIsCancelled()
    {
        var company = await LeadCompanies.NewAsync(app);
        var phone = TestPhones.Next();
        var first = (await (await company.Api.PostJsonAsync("/api/leads", LeadCompanies.Lead(phone))).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetString()!;

        var problem = await (await company.Api.PostJsonAsync("/api/leads", LeadCompanies.Lead(phone, "Sam again"))).ProblemAsync(HttpStatusCode.Conflict);
        var cancelled = await (await company.Api.DeleteAsync($"/api/leads/{first}")).JsonAsync(HttpStatusCode.OK);
        await (await company.Api.PostJsonAsync("/api/leads", LeadCompanies.Lead(phone, "Sam again"))).JsonAsync(HttpStatusCode.Created);

        Assert.Equal(first, problem.GetProperty("leadId").GetString());
        Assert.Contains(first, problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal("cancelled", cancelled.GetProperty("status").GetString());
    }

    [Fact]
    public async Task TheSameNumberSentManyTimesAtOnceOpensOneLead()
    {
        var company = await LeadCompanies.NewAsync(app);
        var phone = TestPhones.Next();

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => company.Api.PostJsonAsync("/api/leads", LeadCompanies.Lead(phone))));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.Created), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        Assert.Single((await ListAsync(company, "/api/leads")).EnumerateArray());
    }

    [Fact]
    public async Task LeadsAreListedNewestFirstInPagesAndFilteredByStatusAndDate()
    {
        var company = await LeadCompanies.NewAsync(app);
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add((await (await company.Api.PostJsonAsync("/api/leads", LeadCompanies.Lead(TestPhones.Next()))).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetString()!);
        }

        await (await company.Api.DeleteAsync($"/api/leads/{ids[0]}")).JsonAsync(HttpStatusCode.OK);
        var firstPage = await (await company.Api.GetAsync("/api/leads?limit=2")).JsonAsync(HttpStatusCode.OK);
        var secondPage = await (await company.Api.GetAsync($"/api/leads?limit=2&cursor={firstPage.GetProperty("nextCursor").GetString()}")).JsonAsync(HttpStatusCode.OK);
        var cancelled = await ListAsync(company, "/api/leads?status=cancelled");
        var future = await ListAsync(company, "/api/leads?from=2099-01-01");
        var scored = await ListAsync(company, "/api/leads?minScore=0");

        Assert.Equal([ids[2], ids[1], ids[0]], [.. Ids(firstPage.GetProperty("items")), .. Ids(secondPage.GetProperty("items"))]);
        Assert.Equal([ids[0]], Ids(cancelled));
        Assert.Empty(future.EnumerateArray());
        Assert.Empty(scored.EnumerateArray()); // none is scored yet
    }

    [Theory]
    [InlineData("status=won", "status")]
    [InlineData("minScore=-1", "minScore")]
    [InlineData("maxScore=101", "maxScore")]
    [InlineData("minScore=80&maxScore=20", "minScore")]
    [InlineData("from=soon", "from")]
    [InlineData("limit=0", "limit")]
    [InlineData("cursor=%%%", "cursor")]
    public async Task ABadListFilterIsA400NamingIt(string query, string field)
    {
        var company = await LeadCompanies.NewAsync(app);

        var problem = await (await company.Api.GetAsync($"/api/leads?{query}")).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.NotEmpty(problem.FieldError(field));
    }

    [Fact]
    public async Task AnotherCompanySeesNothingOfTheLeadsAndCannotCancelThem()
    {
        var a = await LeadCompanies.NewAsync(app);
        var b = await LeadCompanies.NewAsync(app);
        var phone = TestPhones.Next();
        var id = (await (await a.Api.PostJsonAsync("/api/leads", LeadCompanies.Lead(phone))).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetString()!;

        var list = await ListAsync(b, "/api/leads");
        await (await b.Api.GetAsync($"/api/leads/{id}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await b.Api.DeleteAsync($"/api/leads/{id}?erase=true")).ProblemAsync(HttpStatusCode.NotFound);
        var theirOwn = await (await b.Api.PostJsonAsync("/api/leads", LeadCompanies.Lead(phone))).JsonAsync(HttpStatusCode.Created);
        var still = await (await a.Api.GetAsync($"/api/leads/{id}")).JsonAsync(HttpStatusCode.OK);

        Assert.Empty(list.EnumerateArray());
        Assert.NotEqual("cancelled", still.GetProperty("status").GetString());
        Assert.Equal("Sam Carter", still.GetProperty("name").GetString());
        Assert.NotEqual(id, theirOwn.GetProperty("id").GetString());
    }

    [Fact]
    public async Task ErasingALeadRemovesItsPersonalDataFromTheLeadAndTheList()
    {
        var company = await LeadCompanies.NewAsync(app);
        var phone = TestPhones.Next();
        var id = (await (await company.Api.PostJsonAsync("/api/leads", LeadCompanies.Lead(phone))).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetString()!;

        var erased = await (await company.Api.DeleteAsync($"/api/leads/{id}?erase=true")).JsonAsync(HttpStatusCode.OK);
        var read = await (await company.Api.GetAsync($"/api/leads/{id}")).JsonAsync(HttpStatusCode.OK);
        var row = (await ListAsync(company, "/api/leads")).EnumerateArray().Single();
        var bad = await (await company.Api.DeleteAsync($"/api/leads/{id}?erase=maybe")).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(erased.ToString(), read.ToString());
        Assert.Equal(("cancelled", "", "", JsonValueKind.Null, JsonValueKind.Null), (
            read.GetProperty("status").GetString(), read.GetProperty("name").GetString(), read.GetProperty("phone").GetString(),
            read.GetProperty("email").ValueKind, read.GetProperty("notes").ValueKind));
        Assert.NotEqual(JsonValueKind.Null, read.GetProperty("erasedAt").ValueKind);
        Assert.Equal(("", ""), (row.GetProperty("name").GetString(), row.GetProperty("phone").GetString()));
        Assert.DoesNotContain(phone, (await (await company.Api.GetAsync("/api/leads")).Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.NotEmpty(bad.FieldError("erase"));
    }

    [Fact]
    public async Task AnUnknownLeadIsNotFound()
    {
        var company = await LeadCompanies.NewAsync(app);

        await (await company.Api.GetAsync("/api/leads/ld_nope")).ProblemAsync(HttpStatusCode.NotFound);
        await (await company.Api.DeleteAsync("/api/leads/ld_nope")).ProblemAsync(HttpStatusCode.NotFound);
        await (await company.Api.GetAsync($"/api/leads/{new string('x', 65)}")).ProblemAsync(HttpStatusCode.NotFound);
    }

    private static async Task<JsonElement> ListAsync(LeadCompany company, string url) =>
        (await (await company.Api.GetAsync(url)).JsonAsync(HttpStatusCode.OK)).GetProperty("items");

    private static List<string> Ids(JsonElement items) => [.. items.EnumerateArray().Select(i => i.GetProperty("id").GetString()!)];
}
