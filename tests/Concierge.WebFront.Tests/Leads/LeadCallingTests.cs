using System.Net;
using Concierge.Grains.Interfaces.Leads;
using Concierge.TestSupport;
using Concierge.WebFront.Tests.Api;
using Orleans;

namespace Concierge.WebFront.Tests.Leads;

/// <summary>A lead's calls through Twilio's REST API: one per attempt, retried with backoff, a machine message left once.</summary>
public sealed class LeadCallingTests(LeadsApp app) : IClassFixture<LeadsApp>
{
    [Fact]
    public async Task ALeadCreatedIsCalledOnceFromTheCompanysNumberWithItsWebhooksAndMachineDetection()
    {
        var company = await LeadsApp.CallingCompanyAsync(app);
        var phone = TestPhones.Next();

        var id = await LeadsApp.NewLeadAsync(company, phone);
        var call = Assert.Single(await app.CallsToAsync(phone, 1));
        var lead = await LeadsApp.LeadWhenAsync(company, id, l => l.GetProperty("attempts")[0].GetProperty("callSid").ValueKind == System.Text.Json.JsonValueKind.String);
        await Task.Delay(300);

        Assert.Equal(company.Number, call.Value("From"));
        Assert.Equal($"https://concierge.example.com/twilio/lead/voice?lead={id}", call.Value("Url"));
        Assert.Equal($"https://concierge.example.com/twilio/lead/status?lead={id}", call.Value("StatusCallback"));
        Assert.Equal(["answered", "completed"], call.Values("StatusCallbackEvent"));
        Assert.Equal("DetectMessageEnd", call.Value("MachineDetection"));
        Assert.Equal("calling", lead.GetProperty("status").GetString());
        Assert.Single(app.Twilio.CallsPlaced, c => c.Value("To") == phone);
    }

    [Fact]
    public async Task BusyIsRetriedAfterTheBackoffAndOutOfAttemptsTheLeadIsUnreachable()
    {
        var company = await LeadsApp.CallingCompanyAsync(app, new { maxAttempts = 2, retryMinutes = 5 });
        var phone = TestPhones.Next();
        var id = await LeadsApp.NewLeadAsync(company, phone);
        var first = await CallSidAsync(company, id, 0);

        await (await LeadsApp.PostWebhookAsync(app, "/twilio/lead/status", id, first, ("CallStatus", "busy"))).JsonAsync(HttpStatusCode.NoContent);
        var waiting = await LeadsApp.LeadWhenAsync(company, id, l => l.GetProperty("status").GetString() == "scheduled");
        await Task.Delay(1500); // a sweep or two: nothing is due yet
        var callsBeforeTheWait = (await app.CallsToAsync(phone, 1)).Count;
        app.Clock.Advance(TimeSpan.FromMinutes(6));
        await app.Grains.GetGrain<ILeadGrain>(id).ResumeAsync();
        var second = await CallSidAsync(company, id, 1);
        await (await LeadsApp.PostWebhookAsync(app, "/twilio/lead/status", id, second, ("CallStatus", "no-answer"))).JsonAsync(HttpStatusCode.NoContent);
        var given = await LeadsApp.LeadWhenAsync(company, id, l => l.GetProperty("status").GetString() == "unreachable");
        app.Clock.Advance(TimeSpan.FromHours(1));
        await app.Grains.GetGrain<ILeadGrain>(id).ResumeAsync();
        await Task.Delay(1500);

        Assert.Equal(1, callsBeforeTheWait);
        var wait = waiting.GetProperty("nextAttemptAt").GetDateTimeOffset() - waiting.GetProperty("attempts")[0].GetProperty("decidedAt").GetDateTimeOffset();
        Assert.InRange(wait, TimeSpan.FromMinutes(4.9), TimeSpan.FromMinutes(5.5));
        Assert.Equal("unreachable", given.GetProperty("status").GetString());
        Assert.Equal(["busy", "no-answer"], given.GetProperty("attempts").EnumerateArray().Select(a => a.GetProperty("outcome").GetString()));
        Assert.Equal(2, app.Twilio.CallsPlaced.Count(c => c.Value("To") == phone));
        await (await company.Api.PostJsonAsync("/api/leads", LeadCompanies.Lead(phone))).JsonAsync(HttpStatusCode.Created); // the number is free again
    }

    [Fact]
    public async Task AMachineGetsTheMessageOnceAndTheLeadIsCalledAgainLater()
    {
        var company = await LeadsApp.CallingCompanyAsync(app, new { machineMessage = "Carter Solar here <about> your quote & panels." });
        var phone = TestPhones.Next();
        var id = await LeadsApp.NewLeadAsync(company, phone);
        var first = await CallSidAsync(company, id, 0);

        var message = await (await LeadsApp.PostWebhookAsync(app, "/twilio/lead/voice", id, first, ("AnsweredBy", "machine_end_beep"))).Content.ReadAsStringAsync();
        await (await LeadsApp.PostWebhookAsync(app, "/twilio/lead/status", id, first, ("CallStatus", "completed"), ("AnsweredBy", "machine_end_beep"))).JsonAsync(HttpStatusCode.NoContent);
        await LeadsApp.LeadWhenAsync(company, id, l => l.GetProperty("status").GetString() == "scheduled");
        app.Clock.Advance(TimeSpan.FromHours(2));
        await app.Grains.GetGrain<ILeadGrain>(id).ResumeAsync();
        var second = await CallSidAsync(company, id, 1);
        var silence = await (await LeadsApp.PostWebhookAsync(app, "/twilio/lead/voice", id, second, ("AnsweredBy", "machine_end_silence"))).Content.ReadAsStringAsync();
        var lead = await LeadsApp.LeadWhenAsync(company, id, _ => true);

        Assert.Contains("<Say language=\"en-US\">Carter Solar here &lt;about&gt; your quote &amp; panels.</Say><Hangup", message, StringComparison.Ordinal);
        Assert.DoesNotContain("<Say", silence, StringComparison.Ordinal);
        Assert.Contains("<Hangup", silence, StringComparison.Ordinal);
        Assert.Equal("machine", lead.GetProperty("attempts")[0].GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task AStatusReportForAnotherCallOrTwiceChangesNothing()
    {
        var company = await LeadsApp.CallingCompanyAsync(app, new { maxAttempts = 3 });
        var phone = TestPhones.Next();
        var id = await LeadsApp.NewLeadAsync(company, phone);
        var first = await CallSidAsync(company, id, 0);

        await (await LeadsApp.PostWebhookAsync(app, "/twilio/lead/status", id, "CA" + new string('0', 32), ("CallStatus", "busy"))).JsonAsync(HttpStatusCode.NoContent);
        await (await LeadsApp.PostWebhookAsync(app, "/twilio/lead/status", id, first, ("CallStatus", "ringing"))).JsonAsync(HttpStatusCode.NoContent);
        var still = await LeadsApp.LeadWhenAsync(company, id, _ => true);
        await (await LeadsApp.PostWebhookAsync(app, "/twilio/lead/status", id, first, ("CallStatus", "failed"))).JsonAsync(HttpStatusCode.NoContent);
        await (await LeadsApp.PostWebhookAsync(app, "/twilio/lead/status", id, first, ("CallStatus", "failed"))).JsonAsync(HttpStatusCode.NoContent);
        var after = await LeadsApp.LeadWhenAsync(company, id, l => l.GetProperty("status").GetString() == "scheduled");

        Assert.Equal("calling", still.GetProperty("status").GetString());
        Assert.Single(after.GetProperty("attempts").EnumerateArray());
        Assert.Equal("failed", after.GetProperty("attempts")[0].GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task AnUnsignedOrLeadlessWebhookIsRefused()
    {
        using var client = app.CreateClient();
        using var unsigned = await client.PostAsync(
            new Uri("/twilio/lead/status?lead=ld_x", UriKind.Relative), new FormUrlEncodedContent([new("CallSid", "CA1"), new("CallStatus", "busy")]));
        using var leadless = await LeadsApp.PostWebhookAsync(app, "/twilio/lead/voice", "", "CA" + new string('1', 32));

        Assert.Equal(HttpStatusCode.Forbidden, unsigned.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, leadless.StatusCode);
    }

    private static async Task<string> CallSidAsync(LeadCompany company, string id, int attempt)
    {
        var lead = await LeadsApp.LeadWhenAsync(company, id, l =>
            l.GetProperty("attempts").GetArrayLength() > attempt && l.GetProperty("attempts")[attempt].GetProperty("callSid").ValueKind == System.Text.Json.JsonValueKind.String);
        return lead.GetProperty("attempts")[attempt].GetProperty("callSid").GetString()!;
    }
}
