using Concierge.Grains.Interfaces.Calls;
using Concierge.TestSupport;
using Orleans;

namespace Concierge.WebFront.Tests.Media;

/// <summary>Each of the model's decisions, recorded by the call, drives the TwiML Twilio gets at the Connect action.</summary>
public sealed class RealtimeDecisionTests(RealtimeApp realtime) : IClassFixture<RealtimeApp>
{
    [Theory]
    [InlineData(StreamTools.TransferCall, """{"reason":"Family emergency","urgency":"high","caller_name":"Sam","purpose":"an accident"}""", "dial", CallDecisions.Transferred)]
    [InlineData(StreamTools.TakeMessage, """{"message":"Call me back about the roof","caller_name":"Kim"}""", "hang_up", CallDecisions.MessageTaken)]
    [InlineData(StreamTools.EndCall, """{"reason":"A sales call","category":"sales"}""", "hang_up", CallDecisions.Completed)]
    [InlineData(StreamTools.BlockCaller, """{"reason":"Asked for gift cards"}""", "hang_up", CallDecisions.Blocked)]
    public async Task EachToolCallDrivesTheRightTwimlAtTheConnectAction(string tool, string arguments, string expected, string decision)
    {
        var (call, _, token) = await realtime.RingAsync();
        var grain = realtime.App.Grains.GetGrain<ICallGrain>(call.CallSid);
        Assert.NotNull(await grain.StreamStartedAsync(token));

        Assert.True(await grain.StreamDecidedAsync(Concierge.WebFront.Media.ToolCallDecision.Read(tool, arguments)!));
        var next = await call.PostTwimlAsync("/twilio/stream-ended", []);
        var again = await call.PostTwimlAsync("/twilio/stream-ended", []);

        Assert.Equal(expected == "dial", next.Dial is not null);
        Assert.Equal(expected == "hang_up", next.HangsUp);
        Assert.Equal(next.Root.ToString(), again.Root.ToString()); // Twilio retrying the action hears the same
        if (expected == "dial")
        {
            await call.DialEndsAsync("completed", bridged: true, duration: 30);
        }

        var record = await grain.GetAsync();
        Assert.Equal(decision, record!.FinalDecision);
        Assert.Equal("realtime model", record.DecidedBy);
    }

    [Fact]
    public async Task AStreamEndingWithoutADecisionCarriesOnInGatherMode()
    {
        var (call, _, token) = await realtime.RingAsync();
        Assert.NotNull(await realtime.App.Grains.GetGrain<ICallGrain>(call.CallSid).StreamStartedAsync(token));

        var next = await call.PostTwimlAsync("/twilio/stream-ended", []);
        var answer = await call.SayAsync("Hi, it's Sam, Alex's brother, there's been an accident, it's urgent.", pathAndQuery: ConciergeAppFactory.Account.PathAndQueryOf(next.Gather!.Attribute("action")!.Value));

        Assert.True(next.Listens);
        Assert.Equal(ConciergeAppFactory.OwnerPhone, answer.DialedNumber?.Value);
    }
}
