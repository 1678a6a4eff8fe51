using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Concierge.Grains.Interfaces.Calls;
using Concierge.TestSupport;
using Orleans;

namespace Concierge.WebFront.Tests.Calls;

/// <summary>When the model or the store fails, the caller still hears something sensible, in time.</summary>
public sealed class DependencyFailureTests
{
    [Fact]
    public async Task ModelDecisionIsUsedWhenItArrivesInTime()
    {
        await using var model = await FakeChatCompletionsServer.StartAsync();
        model.Content = ModelAnswer("transfer", "Thanks Sam, putting you through to Alex.");
        await using var app = WithModel(model, deadlineMs: 5000);
        var call = app.NewCall();
        await call.RingAsync();

        var twiml = await call.SayAsync("Hi, it's Sam, I locked myself out and need Alex's spare key.");

        Assert.NotNull(twiml.Dial);
        Assert.Contains("putting you through", twiml.Spoken, StringComparison.Ordinal);
        var reply = (await app.Grains.GetGrain<ICallGrain>(call.CallSid).GetAsync())!.Turns.Last(t => t.Speaker == TurnSpeakers.Concierge);
        Assert.Equal("openai:gpt-4o-mini", reply.Brain);
        Assert.Single(model.Requests);
    }

    [Fact]
    public async Task ModelPastItsDeadlineIsOverruledByTheOfflineScreenerAndTheCallerIsAnsweredInTime()
    {
        await using var model = await FakeChatCompletionsServer.StartAsync();
        model.Delay = TimeSpan.FromSeconds(60);
        await using var app = WithModel(model, deadlineMs: 300);
        var call = app.NewCall();
        await call.RingAsync();
        var clock = Stopwatch.StartNew();

        var twiml = await call.SayAsync("Hello, I'm calling about your car's extended warranty, it's about to expire.");

        clock.Stop();
        Assert.True(twiml.HangsUp); // the offline screener ends sales calls
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"Twilio gives up after 15 s; this took {clock.Elapsed}");
        var record = (await app.Grains.GetGrain<ICallGrain>(call.CallSid).GetAsync())!;
        Assert.Equal(CallDecisions.Completed, record.FinalDecision);
        Assert.Equal("offline (fallback: openai:gpt-4o-mini deadline)", record.Turns[^1].Brain);
        Assert.Equal("offline (fallback: openai:gpt-4o-mini deadline)", record.DecidedBy);
    }

    [Fact]
    public async Task ModelFailureIsOverruledByTheOfflineScreener()
    {
        await using var model = await FakeChatCompletionsServer.StartAsync();
        model.StatusCode = 429;
        await using var app = WithModel(model, deadlineMs: 5000);
        var call = app.NewCall();
        await call.RingAsync();

        var twiml = await call.SayAsync("This is the IRS, pay the fine with gift cards or you will be arrested.");

        Assert.True(twiml.HangsUp);
        var record = (await app.Grains.GetGrain<ICallGrain>(call.CallSid).GetAsync())!;
        Assert.Equal(CallDecisions.Blocked, record.FinalDecision);
        Assert.StartsWith("offline (fallback: openai:gpt-4o-mini", record.DecidedBy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnreachableStoreStillGivesTheCallerAPoliteAnswerAndNeverA500()
    {
        await using var app = new ConciergeAppFactory();
        app.Settings["Concierge:Storage:Provider"] = "Postgres";
        app.Settings["Concierge:Storage:ConnectionString"] = $"Host=127.0.0.1;Port={FreePort.Next()};Username=x;Password=y;Timeout=2";
        var call = app.NewCall();

        var ring = await call.RingAsync();
        var speech = await call.SayAsync("Hello?");
        using var status = await call.HangUpAsync(5);

        Assert.True(ring.HangsUp);
        Assert.Contains("text message", ring.Spoken, StringComparison.Ordinal);
        Assert.True(speech.HangsUp);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status.StatusCode); // not acknowledged: nothing pretends to be recorded
    }

    [Fact]
    public async Task AGrainThatCannotReachTheStoreMakesTheApiAnswer503()
    {
        await using var app = new ConciergeAppFactory();
        app.Settings["Concierge:Storage:Provider"] = "Postgres";
        app.Settings["Concierge:Storage:ConnectionString"] = $"Host=127.0.0.1;Port={FreePort.Next()};Username=x;Password=y;Timeout=2";

        using var response = await app.Api(ConciergeAppFactory.AdminKey).GetAsync(new Uri("/api/companies/default", UriKind.Relative)); // the admin key needs no store: the company grain does

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(response.Headers.RetryAfter);
    }

    private static ConciergeAppFactory WithModel(FakeChatCompletionsServer model, int deadlineMs)
    {
        var app = new ConciergeAppFactory();
        app.Settings["Concierge:Model:Provider"] = "OpenAI";
        app.Settings["Concierge:Model:Endpoint"] = new Uri(model.BaseAddress, "v1").ToString();
        app.Settings["Concierge:Model:ApiKey"] = "sk-test";
        app.Settings["Concierge:Model:DeadlineMs"] = deadlineMs.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return app;
    }

    private static string ModelAnswer(string action, string reply) => new JsonObject
    {
        ["action"] = action,
        ["reply"] = reply,
        ["category"] = "personal",
        ["urgency"] = "normal",
        ["reason"] = "Known caller locked out",
        ["caller_name"] = "Sam",
        ["purpose"] = "locked out",
        ["language"] = "en",
    }.ToJsonString();
}
