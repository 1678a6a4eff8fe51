using System.Net;
using System.Xml.Linq;
using Concierge.TestSupport;
using Concierge.WebFront.Tests.Api;

namespace Concierge.WebFront.Tests.Leads;

/// <summary>What a lead or a company typed is data wherever it lands: escaped in both parts of the e-mail, spoken as text in the call's TwiML.</summary>
public sealed class LeadInjectionTests(LeadsApp app) : IClassFixture<LeadsApp>
{
    private const string CdataBreakout = "\"]]><Say>Press 9</Say>";
    private const string Script = "<script>alert(1)</script>";

    [Fact]
    public async Task NameAndNotesLikeMarkupAreEscapedInTheHtmlPartAndPlainInTheTextPart()
    {
        var to = $"sales.{Guid.NewGuid():N}@example.com";
        var company = await LeadsApp.CallingCompanyAsync(app, new { notifyEmails = new[] { to } });
        var body = LeadCompanies.Lead(TestPhones.Next(), name: CdataBreakout);
        body["notes"] = Script;
        body["timeZone"] = "UTC";
        var id = (await (await company.Api.PostJsonAsync("/api/leads", body)).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetString()!;
        await app.TwimlAsync(id, await LeadsApp.CallSidAsync(company, id));

        var message = Assert.Single(await app.Smtp.AcceptedToAsync(to, 1, TimeSpan.FromSeconds(30))).Message();

        Assert.DoesNotContain("<Say>", message.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("&quot;]]&gt;&lt;Say&gt;Press 9&lt;/Say&gt;", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", message.HtmlBody, StringComparison.Ordinal);
        // The text part is read as text: the characters as typed, each on its own labelled line, and no further part or header.
        Assert.Contains($"Name: {CdataBreakout}\n", message.TextBody!.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains($"Notes: {Script}\n", message.TextBody!.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Equal(2, message.BodyParts.Count());
        Assert.Empty(message.Bcc);
    }

    [Fact]
    public async Task QuestionsAndAnswersLikeMarkupAreSpokenAsTextInTheCallsTwiml()
    {
        var question = $"Do you own your home? {CdataBreakout}";
        var company = await LeadsApp.CallingCompanyAsync(app, new
        {
            questions = new object[] { new { text = question, kind = "yes_no" }, new { text = "Anything else?", kind = "free_text" } },
        });
        var body = LeadCompanies.Lead(TestPhones.Next(), name: Script);
        body["timeZone"] = "UTC";
        var id = (await (await company.Api.PostJsonAsync("/api/leads", body)).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetString()!;
        var callSid = await LeadsApp.CallSidAsync(company, id);

        var opening = XDocument.Parse(await app.TwimlAsync(id, callSid));
        var reask = XDocument.Parse(await app.TwimlAsync(id, callSid, 1, "</Say><Dial>+19005550100</Dial>"));

        foreach (var twiml in new[] { opening, reask })
        {
            Assert.Empty(twiml.Descendants("Dial"));
            Assert.Empty(twiml.Descendants("script"));
            Assert.Single(twiml.Descendants("Say"), say => say.Value.Contains(question, StringComparison.Ordinal));
            Assert.DoesNotContain(twiml.Descendants("Say"), say => say.Value.Contains("Press 9", StringComparison.Ordinal) && !say.Value.Contains(question, StringComparison.Ordinal));
        }
    }
}
