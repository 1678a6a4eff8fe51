using Concierge.Grains.Interfaces.Calls;
using Concierge.Grains.Interfaces.Companies;
using Concierge.Simulator.Calls;
using Concierge.Simulator.Scripts;
using Orleans;
using Concierge.TestSupport;

namespace Concierge.WebFront.Tests.Simulator;

/// <summary>The simulator's built-in callers against the app: each ends as its scenario says, by TwiML and by the call log.</summary>
public sealed class ScriptedCallerTests(ConciergeAppFactory app) : IClassFixture<ConciergeAppFactory>
{
    [Theory]
    [InlineData("exception", new[] { CallOutcomes.TransferredException }, new[] { CallDecisions.TransferredException })]
    [InlineData("urgent", new[] { CallOutcomes.Transferred }, new[] { CallDecisions.Transferred })]
    [InlineData("sales", new[] { CallOutcomes.CompletedOrBlocked }, new[] { CallDecisions.Completed })]
    [InlineData("scam", new[] { CallOutcomes.CompletedOrBlocked, CallOutcomes.Blocked }, new[] { CallDecisions.Blocked, CallDecisions.Blocked })]
    [InlineData("silent", new[] { CallOutcomes.EndedNoSpeech }, new[] { CallDecisions.EndedNoSpeech })]
    [InlineData("repeat", new[] { CallOutcomes.Transferred, CallOutcomes.Transferred }, new[] { CallDecisions.Transferred, CallDecisions.Transferred })]
    [InlineData("french", new[] { CallOutcomes.Transferred }, new[] { CallDecisions.Transferred })]
    public async Task EachBuiltInCallerEndsTheWayTheirScenarioSays(string scenario, string[] outcomes, string[] decisions)
    {
        var script = Assert.Single(CallerScripts.Named(scenario));
        var from = TestPhones.Next();
        if (script.ExceptionContact is { } name)
        {
            await app.Grains.GetGrain<ICompanyGrain>(CompanyIds.Default).AddExceptionAsync(new ExceptionDraft(from, name, ExceptionCategories.Family, null));
        }

        var records = new List<CallRecord>();
        var heard = new List<string>();
        foreach (var scripted in script.Calls)
        {
            var call = app.NewCall(from);
            heard.Add(await new ScriptedConversation(call, new OwnerBehaviour()).RunAsync(scripted));
            records.Add(await RecordAsync(call));
        }

        Assert.Equal(outcomes, heard);
        Assert.Equal(decisions, records.Select(r => r.FinalDecision));
        Assert.All(records, r => Assert.NotNull(r.EndedAt)); // every call got its status callback
    }

    [Fact]
    public async Task WhenTheOwnerIsBusyTheUrgentCallerLeavesTheirNextLineAsAMessage()
    {
        var call = app.NewCall();

        var outcome = await new ScriptedConversation(call, new OwnerBehaviour("busy")).RunAsync(CallerScripts.Urgent.Calls[0]);

        Assert.Equal(CallOutcomes.MessageTaken, outcome);
        var record = await RecordAsync(call);
        Assert.Equal(CallDecisions.MessageTaken, record.FinalDecision);
        Assert.Equal("busy", record.TransferOutcome);
        Assert.Equal(CallerScripts.Urgent.Calls[0].Lines[1], record.Message);
    }

    [Fact]
    public async Task ScriptedCallerFollowsTheTwimlItIsGivenWebhookByWebhook()
    {
        var call = app.NewCall();

        await new ScriptedConversation(call, new OwnerBehaviour()).RunAsync(CallerScripts.Urgent.Calls[0]);

        Assert.Equal(["voice", "gather", "whisper", "whisper", "dial-result", "status"], call.Exchanges.Select(e => e.Kind));
        Assert.All(call.Exchanges, e => Assert.True(e.IsOk, $"{e.PathAndQuery}: {e.StatusCode} {e.Body}"));
        Assert.Equal("1", call.Exchanges[3].Field("Digits"));
        Assert.Equal(call.CallSid, call.Exchanges[3].Field("ParentCallSid"));
    }

    private async Task<CallRecord> RecordAsync(SimulatedCall call) =>
        await app.Grains.GetGrain<ICallGrain>(call.CallSid).GetAsync() ?? throw new InvalidOperationException($"No call {call.CallSid}");
}
