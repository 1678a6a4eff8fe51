using System.Net;
using Concierge.Grains.Interfaces.Twilio;
using Concierge.TestSupport;
using Concierge.WebFront.Tests.Api;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Concierge.WebFront.Tests.Leads;

/// <summary>
/// The app with a fake Twilio REST API (calls recorded and listed), a clock the tests move forward (retries are minutes
/// apart), and a sweep every second; a fake SMTP server the outcome e-mails go to, and a fake webhook receiver (retries
/// a fraction of a second apart). Each test makes a company of its own, calling at all hours.
/// </summary>
public class LeadsApp : ConciergeAppFactory, IAsyncLifetime
{
    public FakeTwilioApi Twilio { get; private set; } = null!;

    public MovableTime Clock { get; } = new();

    public FakeSmtpServer Smtp { get; private set; } = null!;

    public FakeWebhookReceiver Receiver { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        Twilio = await FakeTwilioApi.StartAsync(authToken: AuthToken);
        Settings["Concierge:Twilio:AccountSid"] = FakeTwilioApi.AccountSid;
        Settings["Concierge:Twilio:ApiBaseUrl"] = Twilio.BaseUrl.ToString();
        Settings["Concierge:Leads:SweepSeconds"] = "1";
        Settings["Concierge:Leads:RecoverySeconds"] = "0.5";
        Settings["Concierge:Leads:NotifyRetrySeconds"] = "0.2";
        Smtp = FakeSmtpServer.Start();
        Smtp.Configure(Settings);
        Receiver = await FakeWebhookReceiver.StartAsync();
        Webhooks.WebhookApp.Configure(Settings);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await Twilio.DisposeAsync();
        await Smtp.DisposeAsync();
        await Receiver.DisposeAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    /// <summary>A company of its own that may call at any hour, with <paramref name="settings"/> on top.</summary>
    public static async Task<LeadCompany> CallingCompanyAsync(WebApplicationFactory<Program> app, object? settings = null)
    {
        var company = await LeadCompanies.NewAsync(app);
        var body = System.Text.Json.JsonSerializer.SerializeToNode(settings ?? new { })!.AsObject();
        body["callingHours"] = System.Text.Json.JsonSerializer.SerializeToNode(new { days = new[] { "mon", "tue", "wed", "thu", "fri", "sat", "sun" }, from = "00:00", to = "23:59", timeZone = "UTC" });
        await (await company.Api.PutAsync(new Uri("/api/lead-settings", UriKind.Relative), new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json")))
            .JsonAsync(HttpStatusCode.OK);
        return company;
    }

    /// <summary>Hands over a lead in UTC; returns its id.</summary>
    public static async Task<string> NewLeadAsync(LeadCompany company, string phone)
    {
        var lead = LeadCompanies.Lead(phone);
        lead["timeZone"] = "UTC";
        return (await (await company.Api.PostJsonAsync("/api/leads", lead)).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetString()!;
    }

    /// <summary>The calls placed to <paramref name="phone"/> once there are <paramref name="count"/> (or the wait ran out).</summary>
    public async Task<List<RecordedTwilioRequest>> CallsToAsync(string phone, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var calls = Twilio.CallsPlaced.Where(c => c.Value("To") == phone).ToList();
            if (calls.Count >= count || DateTime.UtcNow > deadline)
            {
                return calls;
            }

            await Task.Delay(50);
        }
    }

    /// <summary>The lead once <paramref name="until"/> holds of it (or the wait ran out).</summary>
    public static async Task<System.Text.Json.JsonElement> LeadWhenAsync(LeadCompany company, string id, Func<System.Text.Json.JsonElement, bool> until)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var lead = await (await company.Api.GetAsync($"/api/leads/{id}")).JsonAsync(HttpStatusCode.OK);
            if (until(lead) || DateTime.UtcNow > deadline)
            {
                return lead;
            }

            await Task.Delay(50);
        }
    }

    /// <summary>The CallSid of the lead's call <paramref name="attempt"/> (0 first), once it is placed.</summary>
    public static async Task<string> CallSidAsync(LeadCompany company, string id, int attempt = 0) =>
        (await LeadWhenAsync(company, id, l =>
            l.GetProperty("attempts").GetArrayLength() > attempt && l.GetProperty("attempts")[attempt].GetProperty("callSid").ValueKind == System.Text.Json.JsonValueKind.String))
        .GetProperty("attempts")[attempt].GetProperty("callSid").GetString()!;

    /// <summary>What the lead's call says once answered (the voice webhook), or once the lead said <paramref name="speech"/> at listening <paramref name="turn"/>.</summary>
    public async Task<string> TwimlAsync(string id, string callSid, int turn = 0, string? speech = null)
    {
        using var response = turn == 0
            ? await PostWebhookAsync(this, "/twilio/lead/voice", id, callSid, ("AnsweredBy", "human"))
            : await PostWebhookAsync(this, "/twilio/lead/answer", $"{id}&turn={turn}", callSid, ("SpeechResult", speech ?? ""), ("Confidence", "0.9"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Posts one of the lead webhooks for <paramref name="callSid"/>, signed as Twilio signs it.</summary>
    public static async Task<HttpResponseMessage> PostWebhookAsync(
        WebApplicationFactory<Program> app, string path, string leadId, string callSid, params (string Key, string Value)[] fields)
    {
        var url = $"{path}?lead={leadId}";
        var form = new List<KeyValuePair<string, string>> { new("CallSid", callSid), new("AccountSid", FakeTwilioApi.AccountSid) };
        form.AddRange(fields.Select(f => KeyValuePair.Create(f.Key, f.Value)));
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(url, UriKind.Relative)) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add(TwilioSignature.HeaderName, Account.Sign(url, form));
        using var client = app.CreateClient();
        return await client.SendAsync(request);
    }
}

/// <summary>The real time, plus however far a test moved it forward.</summary>
public sealed class MovableTime : TimeProvider
{
    private long offsetTicks;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref offsetTicks, by.Ticks);
}
