using System.Net;
using System.Text.Json;
using Concierge.Grains.Interfaces.Handovers;
using Concierge.Grains.Interfaces.Webhooks;
using Concierge.Simulator.Calls;
using Concierge.TestSupport;
using Concierge.WebFront.Tests.Api;
using Concierge.WebFront.Tests.Notes;
using Concierge.WebFront.Tests.Webhooks;

namespace Concierge.WebFront.Tests.Handovers;

/// <summary>Calls handed over to a person: the Dial to the agent line with the token, the webhook, and the agent's look-up.</summary>
public sealed class HandoverCallTests(WebhookApp app) : IClassFixture<WebhookApp>
{
    private const string AgentLine = "+14155550177";

    [Fact]
    public async Task CallerAskingForAPersonIsPutThroughToTheAgentLineWithTheTokenAsDigits()
    {
        var (company, secret) = await CompanyAsync(new { agentNumber = AgentLine });
        var call = NewCall(company);
        await call.RingAsync();

        var twiml = await call.SayAsync("Hi, this is Sam Carter. Can I speak to a real person please?");

        Assert.Equal(AgentLine, twiml.DialedNumber?.Value);
        Assert.Null(twiml.DialedNumber!.Attribute("url")); // no whisper: the agent's system hears the digits
        var digits = twiml.DialedNumber.Attribute("sendDigits")!.Value;
        Assert.Matches(@"\Aww[0-9]{12}\z", digits);
        var token = digits[2..];
        var webhook = await WebhookAsync(company, token);
        Assert.Equal("handover.created", webhook.Header(WebhookSignature.EventHeader));
        Assert.True(WebhookSignatureCheck.IsValid(webhook.Header(WebhookSignature.SignatureHeader), secret, webhook.Body, out _));
        using var body = JsonDocument.Parse(webhook.Body);
        Assert.Equal(call.CallSid, body.RootElement.GetProperty("callSid").GetString());
        Assert.Contains("Sam", body.RootElement.GetProperty("summary").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RepeatedWebhooksOfAHandedOverCallDialTheAgentLineWithTheSameToken()
    {
        var (company, _) = await CompanyAsync(new { agentNumber = AgentLine });
        var call = NewCall(company);
        await call.RingAsync();
        var handedOver = await call.SayAsync("Hi, can I speak to someone please, a real person?");

        var gatherAgain = await call.SayAsync("Hi, can I speak to someone please, a real person?", pathAndQuery: "/twilio/gather?turn=1");
        var voiceAgain = await call.RingAsync();

        var digits = handedOver.DialedNumber!.Attribute("sendDigits")!.Value;
        Assert.Equal(digits, gatherAgain.DialedNumber?.Attribute("sendDigits")?.Value);
        Assert.Equal(AgentLine, voiceAgain.DialedNumber?.Value);
        Assert.Equal(digits, voiceAgain.DialedNumber?.Attribute("sendDigits")?.Value);
        Assert.Single(WebhookApp.Items(await (await company.Api.GetAsync("/api/handovers")).JsonAsync(HttpStatusCode.OK)));
    }

    [Fact]
    public async Task FrenchCallerAskingForAnAdvisorIsHandedOverInFrench()
    {
        var (company, _) = await CompanyAsync(new { agentNumber = AgentLine }, "fr-FR", "en-US");
        var call = NewCall(company);
        await call.RingAsync();

        var twiml = await call.SayAsync("Bonjour, c'est Claire Martin, je voudrais parler à un conseiller s'il vous plaît.");

        Assert.Equal(AgentLine, twiml.DialedNumber?.Value);
        Assert.Contains("je vous passe un membre de l'équipe", twiml.Spoken, StringComparison.Ordinal);
        var handover = await (await company.Api.GetAsync($"/api/handovers/{twiml.DialedNumber!.Attribute("sendDigits")!.Value[2..]}")).JsonAsync(HttpStatusCode.OK);
        Assert.Contains("conseiller", handover.GetProperty("summary").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AgentLineOnSipGetsTheTokenAsAHeader()
    {
        var (company, _) = await CompanyAsync(new { agentNumber = "sip:desk@pbx.example.com" });
        var call = NewCall(company);
        await call.RingAsync();

        var twiml = await call.SayAsync("I want to talk to a human, not a robot.");

        var sip = twiml.Dial?.Element("Sip")?.Value;
        Assert.NotNull(sip);
        Assert.Matches(@"\Asip:desk@pbx\.example\.com\?X-Handover-Token=[0-9]{12}\z", sip);
        Assert.Null(twiml.DialedNumber);
    }

    [Fact]
    public async Task UrgentCallGoesToTheAgentLineOnlyWhenTheCompanyRoutesItThere()
    {
        const string urgent = "Hi, this is Sam. There's been a car accident and I'm at the hospital, it's urgent.";
        var (routed, _) = await CompanyAsync(new { agentNumber = AgentLine, routeUrgentCalls = true });
        var (notRouted, _) = await CompanyAsync(new { agentNumber = AgentLine, routeUrgentCalls = false });
        var first = NewCall(routed);
        var second = NewCall(notRouted);
        await first.RingAsync();
        await second.RingAsync();

        var handedOver = await first.SayAsync(urgent);
        var kept = await second.SayAsync(urgent);

        Assert.Equal(AgentLine, handedOver.DialedNumber?.Value);
        Assert.StartsWith("ww", handedOver.DialedNumber!.Attribute("sendDigits")!.Value, StringComparison.Ordinal);
        Assert.NotEqual(AgentLine, kept.DialedNumber?.Value);
    }

    [Fact]
    public async Task CompanyWithoutAnAgentLineScreensTheCallAsUsual()
    {
        var company = await NotesApp.NewCompanyAsync(app);
        var call = NewCall(company);
        await call.RingAsync();

        var twiml = await call.SayAsync("Can I speak to a real person please?");

        Assert.Null(twiml.Dial);
        Assert.Empty(await (await company.Api.GetAsync("/api/handovers")).JsonAsync(HttpStatusCode.OK) is var page ? WebhookApp.Items(page) : []);
    }

    [Fact]
    public async Task TokenIsReadOnceByItsOwnCompanyAndTheListShowsItPickedUp()
    {
        var (company, _) = await CompanyAsync(new { agentNumber = AgentLine });
        var (other, _) = await CompanyAsync(new { agentNumber = AgentLine });
        var call = NewCall(company);
        await call.RingAsync();
        var token = (await call.SayAsync("Please put me through to someone, I need a real person.")).DialedNumber!.Attribute("sendDigits")!.Value[2..];

        var waiting = WebhookApp.Items(await (await company.Api.GetAsync("/api/handovers")).JsonAsync(HttpStatusCode.OK));
        await (await other.Api.GetAsync($"/api/handovers/{token}")).ProblemAsync(HttpStatusCode.NotFound);
        var first = await (await company.Api.GetAsync($"/api/handovers/{token}")).JsonAsync(HttpStatusCode.OK);
        await (await company.Api.GetAsync($"/api/handovers/{token}")).ProblemAsync(HttpStatusCode.NotFound);
        var after = WebhookApp.Items(await (await company.Api.GetAsync("/api/handovers")).JsonAsync(HttpStatusCode.OK));

        Assert.Equal(call.CallSid, first.GetProperty("callSid").GetString());
        Assert.Equal(call.From, first.GetProperty("callerPhone").GetString());
        Assert.Equal(HandoverOutcomes.Waiting, Assert.Single(waiting).GetProperty("outcome").GetString());
        Assert.Equal(HandoverOutcomes.PickedUp, Assert.Single(after).GetProperty("outcome").GetString());
        Assert.Equal(token[^4..], after[0].GetProperty("tokenEnding").GetString());
        Assert.Empty(WebhookApp.Items(await (await other.Api.GetAsync("/api/handovers")).JsonAsync(HttpStatusCode.OK)));
    }

    [Fact]
    public async Task TokenPastItsLifetimeIsNotFoundAndListedAsExpired()
    {
        var company = await NotesApp.NewCompanyAsync(app);
        var token = $"{Random.Shared.NextInt64(100_000_000_000, 999_999_999_999)}";
        var past = DateTimeOffset.UtcNow.AddMinutes(-11);
        await app.Grains.GetGrain<IHandoverGrain>(token).OpenAsync(
            new HandoverTicket(token, company.Id, "CA" + Guid.NewGuid().ToString("N"), TestPhones.Next(), "Sam", "asked", "Caller: Sam.", past, past.AddMinutes(10)));

        await (await company.Api.GetAsync($"/api/handovers/{token}")).ProblemAsync(HttpStatusCode.NotFound);

        var listed = Assert.Single(WebhookApp.Items(await (await company.Api.GetAsync("/api/handovers")).JsonAsync(HttpStatusCode.OK)));
        Assert.Equal(HandoverOutcomes.Expired, listed.GetProperty("outcome").GetString());
    }

    private async Task<(NotesCompany Company, string Secret)> CompanyAsync(object settings, params string[] languages)
    {
        var (company, secret) = await WebhookApp.CompanyWithEndpointAsync(app, app.Receiver.Url($"/crm/{Guid.NewGuid():N}"), languages);
        await (await company.Api.PutJsonAsync("/api/settings/handover", settings)).JsonAsync(HttpStatusCode.OK);
        return (company, secret);
    }

    private SimulatedCall NewCall(NotesCompany company) => new(app.CreateClient(), ConciergeAppFactory.Account, TestPhones.Next(), company.Number);

    /// <summary>The handover.created webhook carrying <paramref name="token"/>, once the receiver has it.</summary>
    private async Task<ReceivedWebhook> WebhookAsync(NotesCompany company, string token)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            if (app.Receiver.Requests.FirstOrDefault(r => r.Header(WebhookSignature.DeliveryHeader) == $"handover-{token}") is { } found)
            {
                return found;
            }

            await Task.Delay(25);
        }

        throw new TimeoutException($"No handover webhook for company {company.Id}.");
    }
}
