using System.Net;
using Concierge.TestSupport;
using Concierge.WebFront.Tests.Api;

namespace Concierge.WebFront.Tests.Leads;

/// <summary>A lead who answers: the introduction, the questions one at a time, a re-ask, a score; or a request to stop.</summary>
public sealed class LeadConversationTests(LeadsApp app) : IClassFixture<LeadsApp>
{
    private static readonly object Questions = new
    {
        questions = new object[]
        {
            new { text = "Do you own your home?", kind = "yes_no" },
            new { text = "How many panels would you like?", kind = "number" },
            new { text = "When would you like to start?", kind = "choice", options = new[] { "this month", "this year", "later" } },
        },
    };

    [Fact]
    public async Task ALeadWhoAnswersIsAskedEachQuestionOnceAgainWhenUnclearAndEndsQualifiedWithAScore()
    {
        var company = await LeadsApp.CallingCompanyAsync(app, Questions);
        var phone = TestPhones.Next();
        var id = await LeadsApp.NewLeadAsync(company, phone);
        var callSid = await CallSidAsync(company, id);

        var opening = await VoiceAsync(id, callSid, "human");
        var second = await AnswerAsync(id, callSid, 1, "Yes, I do.");
        var third = await AnswerAsync(id, callSid, 2, "About twelve of them");
        var reask = await AnswerAsync(id, callSid, 3, "Hmm, let me think");
        var last = await AnswerAsync(id, callSid, 4, "This month, please!");
        await (await LeadsApp.PostWebhookAsync(app, "/twilio/lead/status", id, callSid, ("CallStatus", "completed"), ("AnsweredBy", "human"))).JsonAsync(HttpStatusCode.NoContent);
        var lead = await LeadsApp.LeadWhenAsync(company, id, l => l.GetProperty("attempts")[0].GetProperty("outcome").ValueKind == System.Text.Json.JsonValueKind.String);

        Assert.Contains("automated assistant of Carter Solar", opening, StringComparison.Ordinal);
        Assert.Contains("may be recorded", opening, StringComparison.Ordinal);
        Assert.Contains("Do you own your home?", opening, StringComparison.Ordinal);
        Assert.Contains($"action=\"https://concierge.example.com/twilio/lead/answer?lead={id}&amp;turn=1\"", opening, StringComparison.Ordinal);
        Assert.Contains("How many panels", second, StringComparison.Ordinal);
        Assert.Contains("When would you like to start?", third, StringComparison.Ordinal);
        Assert.Contains("Sorry, I didn't catch that. When would you like to start?", reask, StringComparison.Ordinal);
        Assert.Contains("Thank you very much", last, StringComparison.Ordinal);
        Assert.Contains("<Hangup", last, StringComparison.Ordinal);
        Assert.Equal("qualified", lead.GetProperty("status").GetString());
        Assert.Equal(["yes", "12", "this month"], lead.GetProperty("answers").EnumerateArray().Select(a => a.GetProperty("answer").GetString()));
        Assert.Equal((100, "hot"), (lead.GetProperty("score").GetInt32(), lead.GetProperty("tier").GetString()));
        Assert.Contains("answered 3 of 3", lead.GetProperty("summary").GetString(), StringComparison.Ordinal);
        Assert.Equal("completed", lead.GetProperty("attempts")[0].GetProperty("outcome").GetString());
        Assert.Single(app.Twilio.CallsPlaced, c => c.Value("To") == phone);
    }

    [Theory]
    [InlineData("en", "Please stop calling me.", "we will not call you again")]
    [InlineData("fr", "Non merci, ne m'appelez plus !", "nous ne vous appellerons plus")]
    public async Task ALeadWhoAsksToStopIsThankedDeclinedAndPutOnTheDoNotCallList(string language, string speech, string farewell)
    {
        var company = await LeadsApp.CallingCompanyAsync(app, Questions);
        var phone = TestPhones.Next();
        var body = LeadCompanies.Lead(phone);
        body["language"] = language;
        body["timeZone"] = "UTC";
        var id = (await (await company.Api.PostJsonAsync("/api/leads", body)).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetString()!;
        var callSid = await CallSidAsync(company, id);

        await VoiceAsync(id, callSid, "human");
        var goodbye = await AnswerAsync(id, callSid, 1, speech);
        var lead = await LeadsApp.LeadWhenAsync(company, id, _ => true);
        var settings = await (await company.Api.GetAsync("/api/lead-settings")).JsonAsync(HttpStatusCode.OK);
        var again = await (await company.Api.PostJsonAsync("/api/leads", LeadCompanies.Lead(phone))).ProblemAsync(HttpStatusCode.Conflict);

        Assert.Contains(farewell, goodbye, StringComparison.Ordinal);
        Assert.Contains("<Hangup", goodbye, StringComparison.Ordinal);
        Assert.Equal("declined", lead.GetProperty("status").GetString());
        Assert.Contains(phone, settings.GetProperty("doNotCall").EnumerateArray().Select(p => p.GetString()));
        Assert.Contains("do-not-call", again.GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAnswerHeardTwiceGetsTheSameQuestionAndCountsOnce()
    {
        var company = await LeadsApp.CallingCompanyAsync(app, Questions);
        var id = await LeadsApp.NewLeadAsync(company, TestPhones.Next());
        var callSid = await CallSidAsync(company, id);

        await VoiceAsync(id, callSid, "human");
        var first = await AnswerAsync(id, callSid, 1, "Yes");
        var repeat = await AnswerAsync(id, callSid, 1, "Yes");
        var lead = await LeadsApp.LeadWhenAsync(company, id, _ => true);

        Assert.Equal(first, repeat);
        Assert.Single(lead.GetProperty("answers").EnumerateArray());
    }

    private async Task<string> VoiceAsync(string id, string callSid, string answeredBy) =>
        await (await LeadsApp.PostWebhookAsync(app, "/twilio/lead/voice", id, callSid, ("AnsweredBy", answeredBy))).Content.ReadAsStringAsync();

    private async Task<string> AnswerAsync(string id, string callSid, int turn, string speech)
    {
        using var response = await LeadsApp.PostWebhookAsync(app, $"/twilio/lead/answer", $"{id}&turn={turn}", callSid, ("SpeechResult", speech), ("Confidence", "0.9"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<string> CallSidAsync(LeadCompany company, string id) =>
        (await LeadsApp.LeadWhenAsync(company, id, l =>
            l.GetProperty("attempts").GetArrayLength() > 0 && l.GetProperty("attempts")[0].GetProperty("callSid").ValueKind == System.Text.Json.JsonValueKind.String))
        .GetProperty("attempts")[0].GetProperty("callSid").GetString()!;
}
