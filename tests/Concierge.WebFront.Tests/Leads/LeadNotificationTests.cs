using System.Net;
using System.Text.Json;
using Concierge.Grains.Interfaces.Webhooks;
using Concierge.TestSupport;
using Concierge.WebFront.Tests.Api;

namespace Concierge.WebFront.Tests.Leads;

/// <summary>A lead's outcome tells a person: one e-mail through SMTP (retried when refused, escaped) and one signed webhook.</summary>
public sealed class LeadNotificationTests(LeadsApp app) : IClassFixture<LeadsApp>
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task AQualifiedLeadSendsOneEmailWithItsSummaryScoreAndNextStepToEachNotificationAddress()
    {
        var (company, to) = await CompanyAsync();
        var id = await QualifiedLeadAsync(company);

        var received = await app.Smtp.AcceptedToAsync(to[0], 1, Wait);
        var lead = await NotifiedAsync(company, id);
        await Task.Delay(500); // a second e-mail would have come by now

        var message = Assert.Single(app.Smtp.Received, m => m.Recipients.Contains(to[0])).Message();
        Assert.Equal(to, received[0].Recipients.Order());
        Assert.Contains("Lead qualified: Sam Carter (score 50, warm)", message.Subject, StringComparison.Ordinal);
        Assert.Contains(lead.GetProperty("summary").GetString()!, message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains(lead.GetProperty("nextStep").GetString()!, message.TextBody, StringComparison.Ordinal);
        Assert.Equal($"{id}.qualified@example.com", message.MessageId);
        Assert.Equal("sent", lead.GetProperty("notification").GetProperty("emailStatus").GetString());
    }

    [Fact]
    public async Task AnEmailRefusedTwiceIsRetriedAndAcceptedExactlyOnce()
    {
        var (company, to) = await CompanyAsync();
        app.Smtp.RefuseNext(451, times: 2);
        var id = await QualifiedLeadAsync(company);

        var accepted = await app.Smtp.AcceptedToAsync(to[0], 1, Wait);
        var lead = await NotifiedAsync(company, id);
        await Task.Delay(1000); // further retries, were there any, come 0.2 s, 0.4 s… apart

        Assert.Single(app.Smtp.Accepted, m => m.Recipients.Contains(to[0]));
        Assert.Equal(3, app.Smtp.Received.Count(m => m.Recipients.Contains(to[0])));
        Assert.Single(accepted);
        Assert.Equal(3, lead.GetProperty("notification").GetProperty("emailAttempts").GetInt32());
    }

    [Fact]
    public async Task MarkupAndLineBreaksInNameAndNotesStayInertInTheEmail()
    {
        var (company, to) = await CompanyAsync();
        var body = LeadCompanies.Lead(TestPhones.Next(), name: "<script>alert(1)</script> Sam");
        body["notes"] = "Call me\r\nBcc: thief@example.net\r\n<img src=x onerror=alert(2)>";
        body["timeZone"] = "UTC";
        var id = (await (await company.Api.PostJsonAsync("/api/leads", body)).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetString()!;
        await AnswerAsync(company, id);

        var received = Assert.Single(await app.Smtp.AcceptedToAsync(to[0], 1, Wait));
        var message = received.Message();

        Assert.DoesNotContain("thief@example.net", received.Recipients);
        Assert.Empty(message.Bcc);
        Assert.DoesNotContain("<script>", message.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; Sam", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(2)&gt;", message.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', message.Subject ?? "");
    }

    [Fact]
    public async Task ACompanyWithoutNotificationAddressesGetsNoEmailAndTheLeadSaysSo()
    {
        var company = await LeadsApp.CallingCompanyAsync(app);
        var before = app.Smtp.Received.Count;
        var id = await QualifiedLeadAsync(company);

        var lead = await NotifiedAsync(company, id);

        Assert.Equal("no_recipients", lead.GetProperty("notification").GetProperty("emailStatus").GetString());
        Assert.Equal("qualified", lead.GetProperty("status").GetString());
        Assert.DoesNotContain(app.Smtp.Received.Skip(before), m => m.Data.Contains(id, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AQualifiedLeadPostsOneSignedLeadQualifiedWebhookWithItsResult()
    {
        var (company, _) = await CompanyAsync();
        var saved = await (await company.Api.PutJsonAsync("/api/webhook", new { url = app.Receiver.Url($"/crm/{company.Id}") })).JsonAsync(HttpStatusCode.OK);
        var secret = saved.GetProperty("secret").GetString()!;
        var id = await QualifiedLeadAsync(company);

        await NotifiedAsync(company, id);
        var deadline = DateTime.UtcNow + Wait;
        while (!app.Receiver.Accepted.Any(r => r.Path == $"/crm/{company.Id}") && DateTime.UtcNow < deadline)
        {
            await Task.Delay(25);
        }

        await Task.Delay(500);
        var hook = Assert.Single(app.Receiver.Requests, r => r.Path == $"/crm/{company.Id}");
        var result = JsonDocument.Parse(hook.Body).RootElement;
        var t = hook.Header(WebhookSignature.SignatureHeader).Split(',')[0][2..];
        Assert.Equal("lead.qualified", hook.Header(WebhookSignature.EventHeader));
        Assert.Equal($"{id}-qualified", hook.Header(WebhookSignature.DeliveryHeader));
        Assert.Equal(WebhookSignature.Sign(secret, DateTimeOffset.FromUnixTimeSeconds(long.Parse(t, System.Globalization.CultureInfo.InvariantCulture)), hook.Body),
            hook.Header(WebhookSignature.SignatureHeader));
        Assert.Equal((id, "qualified", 50, "warm"), (result.GetProperty("leadId").GetString(), result.GetProperty("status").GetString(),
            result.GetProperty("score").GetInt32(), result.GetProperty("tier").GetString()));
        Assert.False(string.IsNullOrEmpty(result.GetProperty("summary").GetString()));
    }

    /// <summary>A company of its own with two notification addresses (sorted), asking no questions.</summary>
    private async Task<(LeadCompany Company, string[] To)> CompanyAsync()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        string[] to = [$"ann.{tag}@example.com", $"bob.{tag}@example.com"];
        return (await LeadsApp.CallingCompanyAsync(app, new { notifyEmails = to }), to);
    }

    /// <summary>A lead called and answered by a person; with no questions asked, it is qualified at once.</summary>
    private async Task<string> QualifiedLeadAsync(LeadCompany company)
    {
        var id = await LeadsApp.NewLeadAsync(company, TestPhones.Next());
        await AnswerAsync(company, id);
        return id;
    }

    private async Task AnswerAsync(LeadCompany company, string id)
    {
        var callSid = (await LeadsApp.LeadWhenAsync(company, id, l =>
            l.GetProperty("attempts").GetArrayLength() > 0 && l.GetProperty("attempts")[0].GetProperty("callSid").ValueKind == JsonValueKind.String))
            .GetProperty("attempts")[0].GetProperty("callSid").GetString()!;
        using var voice = await LeadsApp.PostWebhookAsync(app, "/twilio/lead/voice", id, callSid, ("AnsweredBy", "human"));
        Assert.Equal(HttpStatusCode.OK, voice.StatusCode);
    }

    /// <summary>The lead once its e-mail is no longer pending (or as it stands after the wait).</summary>
    private static Task<JsonElement> NotifiedAsync(LeadCompany company, string id) =>
        LeadsApp.LeadWhenAsync(company, id, l =>
            l.GetProperty("notification") is { ValueKind: JsonValueKind.Object } n && n.GetProperty("emailStatus").GetString() != "pending");
}
