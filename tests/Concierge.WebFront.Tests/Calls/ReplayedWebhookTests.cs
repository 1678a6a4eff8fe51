using Concierge.Grains.Interfaces.Calls;
using Concierge.Simulator.Calls;
using Concierge.Simulator.Protocol;
using Orleans;
using Concierge.TestSupport;

namespace Concierge.WebFront.Tests.Calls;

/// <summary>
/// The same signed webhook arriving again (Twilio redelivering it, or someone replaying a captured request): the call
/// answers as it did the first time and nothing is recorded twice.
/// </summary>
public sealed class ReplayedWebhookTests(ConciergeAppFactory app) : IClassFixture<ConciergeAppFactory>
{
    [Fact]
    public async Task AGatherSentFourTimesIsOneCallerTurnAndEachCopyGetsTheSameReply()
    {
        var call = app.NewCall();
        var greeting = await call.RingAsync();
        var action = ActionOf(call, greeting.Gather);

        var replies = new List<Twiml>();
        for (var copy = 0; copy < 4; copy++)
        {
            replies.Add(await call.SayAsync("Hello? Is Alex there?", pathAndQuery: action));
        }

        Assert.True(replies[0].Listens); // a follow-up question
        Assert.All(replies, reply => Assert.Equal(replies[0].Root.ToString(), reply.Root.ToString()));
        var record = await RecordAsync(call);
        Assert.Single(record.Turns, t => t.Speaker == TurnSpeakers.Caller);
        Assert.Null(record.FinalDecision);
        Assert.Equal("screening", record.Status);
    }

    [Fact]
    public async Task EachGatherAndTheRedirectAfterItCarryTheTurnTheyBelongTo()
    {
        var call = app.NewCall();
        var greeting = await call.RingAsync();

        var question = await call.SayAsync("Hello? Is Alex there?", pathAndQuery: ActionOf(call, greeting.Gather));

        var first = ActionOf(call, greeting.Gather);
        var second = ActionOf(call, question.Gather);
        Assert.EndsWith("/twilio/gather?turn=1", first, StringComparison.Ordinal);
        Assert.EndsWith("/twilio/gather?turn=2", second, StringComparison.Ordinal);
        Assert.Equal(first, call.Account.PathAndQueryOf(greeting.Redirect!.Value));
        Assert.Equal(second, call.Account.PathAndQueryOf(question.Redirect!.Value));
    }

    [Fact]
    public async Task ASilenceRedirectSentTwiceIsOneRepromptNotTheEndOfTheCall()
    {
        var call = app.NewCall();
        var greeting = await call.RingAsync();
        var redirect = call.Account.PathAndQueryOf(greeting.Redirect!.Value);

        var reprompt = await call.StaySilentAsync(redirect);
        var again = await call.StaySilentAsync(redirect);

        Assert.True(reprompt.Listens);
        Assert.Equal(reprompt.Root.ToString(), again.Root.ToString());
        var record = await RecordAsync(call);
        Assert.Equal("screening", record.Status);
        Assert.Null(record.FinalDecision);
    }

    [Fact]
    public async Task AnAnswerToAnOlderGatherChangesNothing()
    {
        var call = app.NewCall();
        var greeting = await call.RingAsync();
        var first = call.Account.PathAndQueryOf(greeting.Redirect!.Value);
        var reprompt = await call.StaySilentAsync(first);
        await call.SayAsync("Hello? Is Alex there?", pathAndQuery: ActionOf(call, reprompt.Gather));
        var before = await RecordAsync(call);

        await call.StaySilentAsync(first); // the first silence again: it was answered two Gathers ago

        var after = await RecordAsync(call);
        Assert.Equal(before.Turns.Count, after.Turns.Count);
        Assert.Equal("screening", after.Status);
    }

    [Fact]
    public async Task AGatherWithoutATurnFromAnOldNumberConfigurationIsTakenAsTheNextTurn()
    {
        var call = app.NewCall();
        await call.RingAsync();

        var twiml = await call.SayAsync("Hello? Is Alex there?", pathAndQuery: "/twilio/gather");

        Assert.True(twiml.Listens);
        Assert.Single((await RecordAsync(call)).Turns, t => t.Speaker == TurnSpeakers.Caller);
    }

    [Fact]
    public async Task ARepeatedDialResultAsksForTheMessageAgainAndRecordsTheOutcomeOnce()
    {
        var call = app.NewCall();
        await call.RingAsync();
        var transfer = await call.SayAsync("It's Jordan from Alex's office, the server is down and we need Alex urgently.");
        var dialAction = call.Account.PathAndQueryOf(transfer.Dial!.Attribute("action")!.Value);

        var offer = await call.DialEndsAsync("busy", bridged: false, pathAndQuery: dialAction);
        var again = await call.DialEndsAsync("busy", bridged: false, pathAndQuery: dialAction);

        Assert.True(offer.Listens);
        Assert.Equal(offer.Root.ToString(), again.Root.ToString()); // a Twilio retry must not hang up on a caller about to leave a message
        var record = await RecordAsync(call);
        Assert.Single(record.Turns, t => t.Text == "The owner's phone was busy.");
        Assert.Equal("busy", record.TransferOutcome);
    }

    [Fact]
    public async Task ARepeatedWhisperKeyPressIsRecordedOnceAndConnectsBothTimes()
    {
        var call = app.NewCall();
        await call.RingAsync();
        await call.SayAsync("Hi, this is Sam, Alex's brother. There's been a car accident and I'm at the hospital, it's urgent.");
        await call.OwnerAnswersAsync();

        var connect = await call.OwnerPressesAsync("1");
        var again = await call.OwnerPressesAsync("1");

        Assert.True(connect.IsEmpty);
        Assert.True(again.IsEmpty);
        Assert.Single((await RecordAsync(call)).Turns, t => t.Text == "The owner accepted the call after the whisper.");
    }

    private static string ActionOf(SimulatedCall call, System.Xml.Linq.XElement? gather) =>
        call.Account.PathAndQueryOf(gather?.Attribute("action")?.Value ?? throw new InvalidOperationException("No Gather with an action"));

    private async Task<CallRecord> RecordAsync(SimulatedCall call) =>
        await app.Grains.GetGrain<ICallGrain>(call.CallSid).GetAsync() ?? throw new InvalidOperationException($"No call {call.CallSid}");
}
