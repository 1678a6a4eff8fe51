using System.Net;
using System.Text.Json;
using Concierge.TestSupport;
using Concierge.WebFront.Tests.Api;

namespace Concierge.WebFront.Tests.Leads;

/// <summary>
/// With a model configured, a qualified lead is scored by the model after its call (strict schema, the company's
/// questions), and the model's result is stored only when valid; otherwise the offline score stands. Either way the lead
/// is announced once and says who scored it.
/// </summary>
public sealed class ModelLeadScoringTests(ModelLeadsApp app) : IClassFixture<ModelLeadsApp>
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    private static readonly object[] Questions =
    [
        new { text = "Do you own your home?", kind = "yes_no" },
        new { text = "How many panels would you like?", kind = "number" },
        new { text = "When would you like to start?", kind = "choice", options = new[] { "this month", "this year", "later" } },
    ];

    private const string ModelAnswer = """
        {"answers":[{"question":"Do you own your home?","answer":"yes","confidence":0.95},
                    {"question":"How many panels would you like?","answer":"12","confidence":0.9},
                    {"question":"When would you like to start?","answer":"this year","confidence":0.6}],
         "score":64,"tier":"warm","summary":"Owns a home and wants twelve panels, not before later this year.","nextStep":"Send a quote this week."}
        """;

    [Fact]
    public async Task AQualifiedLeadIsScoredByTheModelWithTheCompanysQuestionsUnderAStrictSchema()
    {
        Answer(ModelAnswer);
        var (company, to) = await CompanyAsync();
        var name = $"Sam {Guid.NewGuid():N}"[..12];

        var id = await QualifiedLeadAsync(company, name);
        var lead = await NotifiedAsync(company, id);

        Assert.Equal("qualified", lead.GetProperty("status").GetString());
        Assert.Equal("openai:gpt-4o-mini", lead.GetProperty("scoredBy").GetString());
        Assert.Equal((64, "warm"), (lead.GetProperty("score").GetInt32(), lead.GetProperty("tier").GetString()));
        Assert.Equal("Owns a home and wants twelve panels, not before later this year.", lead.GetProperty("summary").GetString());
        Assert.Equal("Send a quote this week.", lead.GetProperty("nextStep").GetString());
        Assert.Equal(["yes", "12", "this year"], lead.GetProperty("answers").EnumerateArray().Select(a => a.GetProperty("answer").GetString()));
        var email = Assert.Single(await app.Smtp.AcceptedToAsync(to, 1, Wait)).Message();
        Assert.Contains("(score 64, warm)", email.Subject, StringComparison.Ordinal);

        var request = Assert.Single(app.Model.Requests, r => r.Body.ToJsonString().Contains(name, StringComparison.Ordinal));
        var format = request.Body["response_format"]!;
        Assert.Equal(("json_schema", "lead_scoring", true), (format["type"]!.GetValue<string>(), format["json_schema"]!["name"]!.GetValue<string>(),
            format["json_schema"]!["strict"]!.GetValue<bool>()));
        var schema = request.ResponseSchema;
        Assert.False(schema["additionalProperties"]!.GetValue<bool>());
        Assert.Equal(["answers", "score", "tier", "summary", "nextStep"], schema["required"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal(["Do you own your home?", "How many panels would you like?", "When would you like to start?"],
            schema["properties"]!["answers"]!["items"]!["properties"]!["question"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>()));
        var messages = request.Messages;
        Assert.Equal(["system", "user"], messages.Select(m => m.Role));
        var system = messages[0].Text;
        Assert.Contains("\"When would you like to start?\" (kind choice, required; options, most promising first: this month | this year | later)", system, StringComparison.Ordinal);
        Assert.DoesNotContain(name, system, StringComparison.Ordinal);
        var user = messages[1].Text;
        Assert.StartsWith("<lead_call>", user, StringComparison.Ordinal);
        Assert.EndsWith("</lead_call>", user, StringComparison.Ordinal);
        Assert.Contains(name, user, StringComparison.Ordinal);
        Assert.Contains("About twelve of them", user, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("score out of range", """{"answers":[],"score":150,"tier":"hot","summary":"Great lead.","nextStep":"Call now."}""")]
    [InlineData("tier missing", """{"answers":[],"score":80,"summary":"Great lead.","nextStep":"Call now."}""")]
    [InlineData("tier against the score", """{"answers":[],"score":20,"tier":"hot","summary":"Great lead.","nextStep":"Call now."}""")]
    [InlineData("a question not asked", """{"answers":[{"question":"What is your budget?","answer":"big","confidence":1}],"score":80,"tier":"hot","summary":"Great lead.","nextStep":"Call now."}""")]
    [InlineData("empty summary", """{"answers":[],"score":80,"tier":"hot","summary":" ","nextStep":"Call now."}""")]
    public async Task AnInvalidModelAnswerLeavesTheOfflineScoreAndTheLeadIsStillQualifiedAndNotifiedOnce(string why, string answer)
    {
        Answer(answer);
        await TheOfflineScoreStandsAsync(why);
    }

    [Fact]
    public async Task AModelThatIsDownLeavesTheOfflineScoreAndTheLeadIsStillQualifiedAndNotifiedOnce()
    {
        Answer(ModelAnswer, status: 503);
        await TheOfflineScoreStandsAsync("model down");
    }

    [Fact]
    public async Task AModelLaterThanTheDeadlineLeavesTheOfflineScoreAndTheLeadIsStillQualifiedAndNotifiedOnce()
    {
        Answer(ModelAnswer, delay: TimeSpan.FromMilliseconds(ModelLeadsApp.AfterCallDeadlineMs * 3));
        await TheOfflineScoreStandsAsync("model late");
    }

    private async Task TheOfflineScoreStandsAsync(string why)
    {
        var (company, to) = await CompanyAsync();
        var id = await QualifiedLeadAsync(company, "Sam Carter");

        var lead = await NotifiedAsync(company, id);
        await Task.Delay(500); // a second e-mail would have come by now

        Assert.True(app.Model.Requests.Count > 0, why);
        Assert.Equal(("qualified", "offline"), (lead.GetProperty("status").GetString(), lead.GetProperty("scoredBy").GetString()));
        Assert.Equal((100, "hot"), (lead.GetProperty("score").GetInt32(), lead.GetProperty("tier").GetString()));
        Assert.Contains("answered 3 of 3", lead.GetProperty("summary").GetString(), StringComparison.Ordinal);
        Assert.Equal("sent", lead.GetProperty("notification").GetProperty("emailStatus").GetString());
        var email = Assert.Single(app.Smtp.Accepted, m => m.Recipients.Contains(to)).Message();
        Assert.Contains("(score 100, hot)", email.Subject, StringComparison.Ordinal);
    }

    private void Answer(string content, int status = 200, TimeSpan delay = default)
    {
        app.Model.Content = content;
        app.Model.StatusCode = status;
        app.Model.Delay = delay;
    }

    /// <summary>A company of its own asking the three questions, with one notification address.</summary>
    private async Task<(LeadCompany Company, string To)> CompanyAsync()
    {
        var to = $"sales.{Guid.NewGuid():N}@example.com";
        return (await LeadsApp.CallingCompanyAsync(app, new { questions = Questions, notifyEmails = new[] { to } }), to);
    }

    /// <summary>A lead called, answered by a person who answers every question (yes, twelve, this month).</summary>
    private async Task<string> QualifiedLeadAsync(LeadCompany company, string name)
    {
        var body = LeadCompanies.Lead(TestPhones.Next(), name);
        body["timeZone"] = "UTC";
        var id = (await (await company.Api.PostJsonAsync("/api/leads", body)).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetString()!;
        var callSid = (await LeadsApp.LeadWhenAsync(company, id, l =>
            l.GetProperty("attempts").GetArrayLength() > 0 && l.GetProperty("attempts")[0].GetProperty("callSid").ValueKind == JsonValueKind.String))
            .GetProperty("attempts")[0].GetProperty("callSid").GetString()!;
        using var voice = await LeadsApp.PostWebhookAsync(app, "/twilio/lead/voice", id, callSid, ("AnsweredBy", "human"));
        Assert.Equal(HttpStatusCode.OK, voice.StatusCode);
        string[] speech = ["Yes, I do.", "About twelve of them", "This month, please!"];
        for (var turn = 1; turn <= speech.Length; turn++)
        {
            using var answer = await LeadsApp.PostWebhookAsync(
                app, "/twilio/lead/answer", $"{id}&turn={turn}", callSid, ("SpeechResult", speech[turn - 1]), ("Confidence", "0.9"));
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        }

        return id;
    }

    /// <summary>The lead once its e-mail is no longer pending (waiting up to 30 s).</summary>
    private static async Task<JsonElement> NotifiedAsync(LeadCompany company, string id)
    {
        var deadline = DateTime.UtcNow + Wait;
        while (true)
        {
            var lead = await (await company.Api.GetAsync($"/api/leads/{id}")).JsonAsync(HttpStatusCode.OK);
            if (lead.GetProperty("notification") is { ValueKind: JsonValueKind.Object } n && n.GetProperty("emailStatus").GetString() != "pending"
                || DateTime.UtcNow > deadline)
            {
                return lead;
            }

            await Task.Delay(50);
        }
    }
}
