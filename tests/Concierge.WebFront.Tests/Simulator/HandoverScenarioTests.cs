using System.Net;
using Concierge.Simulator.Calls;
using Concierge.Simulator.Load;
using Concierge.Simulator.Scripts;
using Concierge.TestSupport;
using Concierge.WebFront.Tests.Api;
using Concierge.WebFront.Tests.Webhooks;

namespace Concierge.WebFront.Tests.Simulator;

/// <summary>The simulator's handover scenario against the app: a caller asking for a person reaches the agent line with a token read once.</summary>
public sealed class HandoverScenarioTests(WebhookApp app) : IClassFixture<WebhookApp>
{
    private const string AgentLine = "+14155550177";

    [Fact]
    public async Task HandoverCallerIsHandedOverWithDigitsTheAgentsSystemReadsOnce()
    {
        var (company, _) = await WebhookApp.CompanyWithEndpointAsync(app, app.Receiver.Url($"/crm/{Guid.NewGuid():N}"));
        await (await company.Api.PutJsonAsync("/api/settings/handover", new { agentNumber = AgentLine })).JsonAsync(HttpStatusCode.OK);
        var key = company.Api.DefaultRequestHeaders.GetValues("X-Api-Key").Single();
        var http = app.CreateClient();
        var plan = new LoadPlan(1, 1, CallerScripts.Named("handover"), company.Number, new OwnerBehaviour());

        var report = await new LoadRunner(http, ConciergeAppFactory.Account, handovers: new HandoverLookup(http, key)).RunAsync(plan);

        var result = Assert.Single(report.Calls);
        Assert.True(result.Outcome == CallOutcomes.HandedOver, $"{result.Outcome}: {result.Error}");
        var dialed = result.Call.Exchanges.Select(e => e.Body).Single(body => body.Contains("sendDigits", StringComparison.Ordinal));
        var token = Concierge.Simulator.Protocol.Twiml.Parse(dialed).DialedNumber!.Attribute("sendDigits")!.Value.TrimStart('w');
        using var again = await company.Api.GetAsync($"/api/handovers/{token}");
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode); // the simulator's look-up was the one read
    }

    [Fact]
    public async Task WithoutAnAgentLineTheHandoverCallerIsScreenedAndNotHandedOver()
    {
        var (company, _) = await WebhookApp.CompanyWithEndpointAsync(app, app.Receiver.Url($"/crm/{Guid.NewGuid():N}"));
        var plan = new LoadPlan(1, 1, CallerScripts.Named("handover"), company.Number, new OwnerBehaviour());

        var report = await new LoadRunner(app.CreateClient(), ConciergeAppFactory.Account).RunAsync(plan);

        Assert.NotEqual(CallOutcomes.HandedOver, Assert.Single(report.Calls).Outcome);
        Assert.Empty(report.Errors);
    }
}
