using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Concierge.Grains.Interfaces.Calls;
using Concierge.TestSupport;
using Orleans;

namespace Concierge.WebFront.Tests.Calls;

/// <summary>
/// A grain turn still running when its webhook stops waiting (here: a model allowed more time than Twilio gives a
/// webhook) must not commit afterwards: the caller already heard the technical-problem goodbye, and the log says so.
/// </summary>
public sealed class GivenUpTurnTests
{
    [Fact]
    public async Task ATurnStillRunningWhenItsWebhookGivesUpWritesNothingAndTheLogSaysWhatTheCallerWasTold()
    {
        await using var model = await FakeChatCompletionsServer.StartAsync();
        model.Content = new JsonObject
        {
            ["action"] = "transfer", ["reply"] = "Thanks Sam, putting you through.", ["category"] = "urgent", ["urgency"] = "high",
            ["reason"] = "Family emergency", ["caller_name"] = "Sam", ["purpose"] = "accident", ["language"] = "en",
        }.ToJsonString();
        model.Delay = TimeSpan.FromSeconds(12); // answers after the webhook's budget, within the model's own deadline
        await using var app = new ConciergeAppFactory();
        app.Settings["Concierge:Model:Provider"] = "OpenAI";
        app.Settings["Concierge:Model:Endpoint"] = new Uri(model.BaseAddress, "v1").ToString();
        app.Settings["Concierge:Model:ApiKey"] = "sk-test";
        app.Settings["Concierge:Model:DeadlineMs"] = 20_000.ToString(CultureInfo.InvariantCulture);
        var call = app.NewCall();
        await call.RingAsync();

        var clock = Stopwatch.StartNew();
        var twiml = await call.SayAsync("Hi, this is Sam, Alex's brother. There's been a car accident, it's urgent.");
        var took = clock.Elapsed;

        Assert.True(twiml.IsServiceTrouble && twiml.HangsUp, twiml.Root.ToString());
        Assert.True(took < TimeSpan.FromSeconds(12), $"the webhook took {took}; Twilio gives up after 15 s");
        using var status = await call.HangUpAsync(9); // the apology hung up: Twilio reports the call over
        var modelAnswered = TimeSpan.FromSeconds(14) - clock.Elapsed;
        await Task.Delay(modelAnswered > TimeSpan.Zero ? modelAnswered : TimeSpan.Zero); // a turn still running would have saved by now
        var record = await RecordAsync(app, call.CallSid, r => r.Turns.Any(t => t.Text == ServiceTrouble.Announcement));
        Assert.True(status.IsSuccessStatusCode);
        Assert.Equal("ended", record.Status);
        Assert.Equal(CallDecisions.Abandoned, record.FinalDecision);
        Assert.Contains("technical problem", record.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(record.Turns, t => t.Speaker == TurnSpeakers.Caller || t.Text.StartsWith("Ringing the owner", StringComparison.Ordinal));
        Assert.Equal(ServiceTrouble.Announcement, record.Turns.Last(t => t.Speaker == TurnSpeakers.Concierge).Text);
    }

    private static async Task<CallRecord> RecordAsync(ConciergeAppFactory app, string callSid, Func<CallRecord, bool> until)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var record = await app.Grains.GetGrain<ICallGrain>(callSid).GetAsync() ?? throw new InvalidOperationException($"No call {callSid}");
            if (until(record) || waited.Elapsed > TimeSpan.FromSeconds(30))
            {
                return record;
            }

            await Task.Delay(200);
        }
    }
}
