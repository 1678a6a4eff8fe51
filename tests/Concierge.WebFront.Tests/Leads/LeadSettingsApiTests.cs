using System.Net;
using Concierge.TestSupport;
using Concierge.WebFront.Tests.Api;

namespace Concierge.WebFront.Tests.Leads;

/// <summary><c>/api/lead-settings</c>: a company's questions, calling hours, attempts, messages and do-not-call list.</summary>
public sealed class LeadSettingsApiTests(ConciergeAppFactory app) : IClassFixture<ConciergeAppFactory>
{
    [Fact]
    public async Task ACompanyThatNeverSavedLeadSettingsReadsTheDefaults()
    {
        var company = await LeadCompanies.NewAsync(app);

        var settings = await (await company.Api.GetAsync("/api/lead-settings")).JsonAsync(HttpStatusCode.OK);

        Assert.Empty(settings.GetProperty("questions").EnumerateArray());
        Assert.Equal(3, settings.GetProperty("maxAttempts").GetInt32());
        Assert.Equal("09:00", settings.GetProperty("callingHours").GetProperty("from").GetString());
        Assert.Equal(["mon", "tue", "wed", "thu", "fri"], settings.GetProperty("callingHours").GetProperty("days").EnumerateArray().Select(d => d.GetString()));
        Assert.Empty(settings.GetProperty("doNotCall").EnumerateArray());
    }

    [Fact]
    public async Task TheCompanyReplacesItsLeadSettingsAndReadsThemBack()
    {
        var company = await LeadCompanies.NewAsync(app, region: "FR");

        var saved = await (await company.Api.PutJsonAsync("/api/lead-settings", new
        {
            questions = new object[]
            {
                new { text = "Do you own your home?", kind = "yes_no" },
                new { text = "How many panels?", kind = "number", required = false },
                new { text = "When would you start?", kind = "choice", options = new[] { "this month", "this year", "later" } },
                new { text = "Anything else?", kind = "free_text", required = false },
            },
            callingHours = new { days = new[] { "sat", "mon" }, from = "9:30", to = "17:00", timeZone = "Europe/Paris" },
            maxAttempts = 5,
            retryMinutes = 30,
            machineMessage = "Hello, this is Carter Solar returning your request.",
            notifyEmails = new[] { "sales@example.com" },
            doNotCall = new[] { "06 12 34 56 78" },
        })).JsonAsync(HttpStatusCode.OK);
        var read = await (await company.Api.GetAsync("/api/lead-settings")).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(saved.ToString(), read.ToString());
        Assert.Equal(["mon", "sat"], read.GetProperty("callingHours").GetProperty("days").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal("09:30", read.GetProperty("callingHours").GetProperty("from").GetString());
        Assert.Equal(["+33612345678"], read.GetProperty("doNotCall").EnumerateArray().Select(d => d.GetString()));
        var questions = read.GetProperty("questions").EnumerateArray().ToList();
        Assert.Equal(["yes_no", "number", "choice", "free_text"], questions.Select(q => q.GetProperty("kind").GetString()));
        Assert.Equal([true, false, true, false], questions.Select(q => q.GetProperty("required").GetBoolean()));
        Assert.Equal(3, questions[2].GetProperty("options").GetArrayLength());
    }

    [Fact]
    public async Task LeavingOutTheDoNotCallListKeepsIt()
    {
        var company = await LeadCompanies.NewAsync(app);
        var blocked = TestPhones.Next();
        await (await company.Api.PutJsonAsync("/api/lead-settings", new { doNotCall = new[] { blocked } })).JsonAsync(HttpStatusCode.OK);

        var saved = await (await company.Api.PutJsonAsync("/api/lead-settings", new { maxAttempts = 2 })).JsonAsync(HttpStatusCode.OK);

        Assert.Equal([blocked], saved.GetProperty("doNotCall").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal(2, saved.GetProperty("maxAttempts").GetInt32());
    }

    [Theory]
    [InlineData("""{"questions":[{"kind":"yes_no"}]}""", "questions[0].text")]
    [InlineData("""{"questions":[{"text":"Budget?","kind":"budget"}]}""", "questions[0].kind")]
    [InlineData("""{"questions":[{"text":"When?","kind":"choice","options":["now"]}]}""", "questions[0].options")]
    [InlineData("""{"questions":[{"text":"When?","kind":"choice","options":["now","Now"]}]}""", "questions[0].options")]
    [InlineData("""{"questions":[{"text":"Own?","kind":"yes_no","options":["a","b"]}]}""", "questions[0].options")]
    [InlineData("""{"questions":[null]}""", "questions[0]")]
    [InlineData("""{"questions":[{"text":"Say <b>hi</b>\u0007","kind":"free_text"}]}""", "questions[0].text")]
    [InlineData("""{"callingHours":{"days":["mon","funday"]}}""", "callingHours.days")]
    [InlineData("""{"callingHours":{"days":[]}}""", "callingHours.days")]
    [InlineData("""{"callingHours":{"days":["mon","mon"]}}""", "callingHours.days")]
    [InlineData("""{"callingHours":{"from":"25:00"}}""", "callingHours.from")]
    [InlineData("""{"callingHours":{"from":"18:00","to":"09:00"}}""", "callingHours.to")]
    [InlineData("""{"callingHours":{"timeZone":"Mars/Olympus_Mons"}}""", "callingHours.timeZone")]
    [InlineData("""{"maxAttempts":0}""", "maxAttempts")]
    [InlineData("""{"maxAttempts":11}""", "maxAttempts")]
    [InlineData("""{"retryMinutes":0}""", "retryMinutes")]
    [InlineData("""{"machineMessage":"line\nbreak"}""", "machineMessage")]
    [InlineData("""{"notifyEmails":["not an address"]}""", "notifyEmails[0]")]
    [InlineData("""{"notifyEmails":["Sam <sam@example.com>"]}""", "notifyEmails[0]")]
    [InlineData("""{"notifyEmails":["a@example.com","A@example.com"]}""", "notifyEmails")]
    [InlineData("""{"doNotCall":["not a phone"]}""", "doNotCall[0]")]
    [InlineData("""{"maxAttempts":"three"}""", "maxAttempts")]
    public async Task ABadFieldIsA400NamingItAndChangesNothing(string body, string field)
    {
        var company = await LeadCompanies.NewAsync(app);

        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");

        var problem = await (await company.Api.PutAsync(new Uri("/api/lead-settings", UriKind.Relative), content)).ProblemAsync(HttpStatusCode.BadRequest);
        var read = await (await company.Api.GetAsync("/api/lead-settings")).JsonAsync(HttpStatusCode.OK);

        Assert.NotEmpty(problem.FieldError(field));
        Assert.Equal(3, read.GetProperty("maxAttempts").GetInt32());
        Assert.Empty(read.GetProperty("questions").EnumerateArray());
    }

    [Fact]
    public async Task EachCompanyHasItsOwnLeadSettings()
    {
        var a = await LeadCompanies.NewAsync(app);
        var b = await LeadCompanies.NewAsync(app);
        var blocked = TestPhones.Next();

        await (await a.Api.PutJsonAsync("/api/lead-settings", new { maxAttempts = 7, doNotCall = new[] { blocked } })).JsonAsync(HttpStatusCode.OK);
        var theirs = await (await b.Api.GetAsync("/api/lead-settings")).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(3, theirs.GetProperty("maxAttempts").GetInt32());
        Assert.Empty(theirs.GetProperty("doNotCall").EnumerateArray());
    }
}
