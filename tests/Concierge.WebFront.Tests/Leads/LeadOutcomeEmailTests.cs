using System.Net;
using Concierge.TestSupport;
using Concierge.WebFront.Tests.Api;

namespace Concierge.WebFront.Tests.Leads;

/// <summary>A declined or unreachable lead is told to a person too: one e-mail per outcome, never a second.</summary>
public sealed class LeadOutcomeEmailTests(LeadsApp app) : IClassFixture<LeadsApp>
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task ALeadWhoAsksToStopSendsOneDeclinedEmail()
    {
        var (company, to) = await CompanyAsync(new { questions = new[] { new { text = "Do you own your home?", kind = "yes_no" } } });
        var id = await LeadsApp.NewLeadAsync(company, TestPhones.Next());
        var callSid = await LeadsApp.CallSidAsync(company, id);
        await app.TwimlAsync(id, callSid);
        await app.TwimlAsync(id, callSid, 1, "Stop calling me.");
        await app.TwimlAsync(id, callSid, 1, "Stop calling me."); // Twilio retrying the webhook

        var message = Assert.Single(await app.Smtp.AcceptedToAsync(to, 1, Wait)).Message();
        await SettledAsync(company, id);

        Assert.StartsWith("Lead declined: Sam Carter", message.Subject, StringComparison.Ordinal);
        Assert.Single(app.Smtp.Received, m => m.Recipients.Contains(to));
    }

    [Fact]
    public async Task ALeadNotReachedInItsAttemptsSendsOneUnreachableEmail()
    {
        var (company, to) = await CompanyAsync(new { maxAttempts = 1 });
        var id = await LeadsApp.NewLeadAsync(company, TestPhones.Next());
        var callSid = await LeadsApp.CallSidAsync(company, id);
        await (await LeadsApp.PostWebhookAsync(app, "/twilio/lead/status", id, callSid, ("CallStatus", "busy"))).JsonAsync(HttpStatusCode.NoContent);
        await (await LeadsApp.PostWebhookAsync(app, "/twilio/lead/status", id, callSid, ("CallStatus", "busy"))).JsonAsync(HttpStatusCode.NoContent); // repeated

        var message = Assert.Single(await app.Smtp.AcceptedToAsync(to, 1, Wait)).Message();
        await SettledAsync(company, id);

        Assert.StartsWith("Lead unreachable: Sam Carter", message.Subject, StringComparison.Ordinal);
        Assert.Contains("Calls placed: 1", message.TextBody, StringComparison.Ordinal);
        Assert.Single(app.Smtp.Received, m => m.Recipients.Contains(to));
    }

    private async Task<(LeadCompany Company, string To)> CompanyAsync(object settings)
    {
        var to = $"sales.{Guid.NewGuid():N}@example.com";
        var body = System.Text.Json.JsonSerializer.SerializeToNode(settings)!.AsObject();
        body["notifyEmails"] = new System.Text.Json.Nodes.JsonArray(to);
        return (await LeadsApp.CallingCompanyAsync(app, body), to);
    }

    /// <summary>Waits until the lead's e-mail is recorded as sent, then a little longer: a second e-mail would come within that.</summary>
    private static async Task SettledAsync(LeadCompany company, string id)
    {
        static string? Status(System.Text.Json.JsonElement lead) =>
            lead.TryGetProperty("notification", out var told) && told.ValueKind == System.Text.Json.JsonValueKind.Object ? told.GetProperty("emailStatus").GetString() : null;
        Assert.Equal("sent", Status(await LeadsApp.LeadWhenAsync(company, id, l => Status(l) == "sent")));
        await Task.Delay(1000);
    }
}
