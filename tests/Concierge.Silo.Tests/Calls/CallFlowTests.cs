using Concierge.Grains.Calls;
using Concierge.Grains.Interfaces.Callers;
using Concierge.Grains.Interfaces.Calls;
using Concierge.Grains.Interfaces.Companies;
using Concierge.Grains.Interfaces.Projections;
using Concierge.Grains.Interfaces.Screening;
using Concierge.Silo.Tests.GrainCluster;
using Concierge.TestSupport;
using Orleans;
using Orleans.Runtime;

namespace Concierge.Silo.Tests.Calls;

/// <summary>The call state machine through the real grains on the cluster, with a scripted screener. Each test calls from a number of its own.</summary>
[Collection(ClusterCollection.Name)]
public sealed class CallFlowTests
{
    private readonly ConciergeCluster cluster;
    private readonly string caller = TestPhones.Next();
    private readonly string run = Guid.NewGuid().ToString("N")[..8];

    public CallFlowTests(ConciergeCluster cluster)
    {
        this.cluster = cluster;
        cluster.Brain.Reset();
    }

    [Fact]
    public async Task ExceptionCallerRingsTheOwnerWithoutScreeningOrWhisper()
    {
        await Company.AddExceptionAsync(new ExceptionDraft(caller, "Mum", ExceptionCategories.Family, null));
        var call = Call("CA-exception");

        var step = Assert.IsType<TransferStep>(await call.StartAsync(Incoming()));
        await call.DialEndedAsync(new DialResult("completed", 61, Bridged: true));

        Assert.Equal(ConciergeCluster.OwnerPhone, step.OwnerNumber);
        Assert.False(step.Whisper);
        Assert.Contains("Mum", step.Prompt, StringComparison.Ordinal);
        Assert.Empty(cluster.Brain.Contexts);
        var record = (await call.GetAsync())!;
        Assert.Equal(CallDecisions.TransferredException, record.FinalDecision);
        Assert.Equal("completed", record.TransferOutcome);
    }

    [Fact]
    public async Task TransferCountsAsDoneOnlyOnceTheOwnerIsConnected()
    {
        cluster.Brain.Decide = _ => Decide(ScreeningAction.Transfer, "Putting you through.");
        var call = Call("CA-pending");
        await call.StartAsync(Incoming());

        var step = Assert.IsType<TransferStep>(await call.HearAsync(new CallerInput("It's Sam, it's urgent")));

        Assert.True(step.Whisper);
        Assert.Null((await call.GetAsync())!.FinalDecision);
        await call.DialEndedAsync(new DialResult("completed", 30, Bridged: true));
        Assert.Equal(CallDecisions.Transferred, (await call.GetAsync())!.FinalDecision);
    }

    [Fact]
    public async Task OwnerWhoDeclinesAfterTheWhisperSendsTheCallerToLeaveAMessage()
    {
        cluster.Brain.Decide = _ => Decide(ScreeningAction.Transfer, "Putting you through.");
        var call = Call("CA-declined");
        await call.StartAsync(Incoming());
        await call.HearAsync(new CallerInput("It's Sam from the garage"));

        var whisper = await call.WhisperAsync();
        var declined = await call.WhisperAnsweredAsync(digits: "9");
        var afterDial = await call.DialEndedAsync(new DialResult("completed", 5, Bridged: null));
        var end = await call.HearAsync(new CallerInput("Your car is ready"));

        Assert.True(whisper.AwaitKey);
        Assert.False(declined.Connect);
        Assert.IsType<ListenStep>(afterDial);
        Assert.IsType<HangUpStep>(end);
        var record = (await call.GetAsync())!;
        Assert.Equal(CallDecisions.MessageTaken, record.FinalDecision);
        Assert.Equal("declined", record.TransferOutcome);
        Assert.Equal("Your car is ready", record.Message);
    }

    [Fact]
    public async Task CompletedDialThatWasNeverBridgedIsNotATransfer()
    {
        cluster.Brain.Decide = _ => Decide(ScreeningAction.Transfer, "Putting you through.");
        var call = Call("CA-unbridged");
        await call.StartAsync(Incoming());
        await call.HearAsync(new CallerInput("It's Sam"));

        await call.DialEndedAsync(new DialResult("completed", 0, Bridged: false));
        await call.HearAsync(new CallerInput(""));

        var record = (await call.GetAsync())!;
        Assert.Equal(CallDecisions.TransferFailed, record.FinalDecision);
        Assert.Equal("not_accepted", record.TransferOutcome);
    }

    [Fact]
    public async Task ScreenerThatAsksAtTheLastTurnTakesAMessageInstead()
    {
        var call = Call("CA-asking");
        await call.StartAsync(Incoming());

        await call.HearAsync(new CallerInput("hello?"));
        await call.HearAsync(new CallerInput("hello? anyone?"));
        var third = Assert.IsType<ListenStep>(await call.HearAsync(new CallerInput("I want Alex")));

        Assert.Contains("message", third.Prompt, StringComparison.OrdinalIgnoreCase);
        Assert.Equal([1, 2, 3], cluster.Brain.Contexts.Select(c => c.CallerTurn));
        Assert.True(cluster.Brain.Contexts[^1].IsLastTurn);
    }

    [Fact]
    public async Task CallerWhoHangsUpMidScreeningIsRecordedAsAbandoned()
    {
        var call = Call("CA-abandoned");
        await call.StartAsync(Incoming());
        await call.HearAsync(new CallerInput("hi"));

        await call.CallEndedAsync(new CallEnded("completed", 12));

        var record = (await call.GetAsync())!;
        Assert.Equal(CallDecisions.Abandoned, record.FinalDecision);
        Assert.Equal(12, record.DurationSeconds);
        Assert.NotNull(record.EndedAt);
    }

    [Fact]
    public async Task AnEndedCallLeavesMemoryAndReadsBackWhole()
    {
        var call = Call("CA-over");
        await call.StartAsync(Incoming());
        await call.HearAsync(new CallerInput("hi"));
        Assert.Contains(call.GetGrainId(), await ActiveCallsAsync());

        await call.CallEndedAsync(new CallEnded("completed", 9));

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((await ActiveCallsAsync()).Contains(call.GetGrainId()))
        {
            Assert.True(DateTime.UtcNow < deadline, "the ended call stayed in memory");
            await Task.Delay(50);
        }

        var record = (await call.GetAsync())!;
        Assert.Equal((CallDecisions.Abandoned, 9), (record.FinalDecision, record.DurationSeconds));
        Assert.Contains(record.Turns, t => t.Speaker == TurnSpeakers.Caller && t.Text == "hi");
    }

    [Fact]
    public async Task RepeatedStartReturnsTheSamePromptAndRecordsOneCall()
    {
        var call = Call("CA-retried");

        var first = Assert.IsType<ListenStep>(await call.StartAsync(Incoming()));
        var again = Assert.IsType<ListenStep>(await call.StartAsync(Incoming()));

        Assert.Equal(first.Prompt, again.Prompt);
        Assert.Equal(1, (await CallerProfile()).CallCount);
        Assert.Single(await cluster.QueryAsync<string>("SELECT call_sid FROM calls WHERE call_sid = @Sid", new { Sid = $"CA-retried-{run}" }));
        Assert.Single((await call.GetAsync())!.Turns);
    }

    [Fact]
    public async Task ARepeatOfTheTurnHeardLastGetsTheSameStepEvenOnceTheCallIsReadBackFromTheStore()
    {
        cluster.Brain.Decide = _ => Decide(ScreeningAction.Ask, "Who's calling, please?");
        var call = Call("CA-replayed");
        var greeting = Assert.IsType<ListenStep>(await call.StartAsync(Incoming()));
        var reply = await call.HearAsync(new CallerInput("Is Alex there?", 0.9, greeting.Turn));

        await cluster.DeactivateAsync(call);
        var again = await call.HearAsync(new CallerInput("Is Alex there?", 0.9, greeting.Turn));

        Assert.Equal(reply, again);
        Assert.Equal(greeting.Turn + 1, Assert.IsType<ListenStep>(again).Turn);
        Assert.Single(cluster.Brain.Contexts);
        Assert.Single((await call.GetAsync())!.Turns, t => t.Speaker == TurnSpeakers.Caller);
    }

    [Fact]
    public async Task AnAnswerToAListeningNeverOpenedChangesNothing()
    {
        var call = Call("CA-forged-turn");
        var greeting = Assert.IsType<ListenStep>(await call.StartAsync(Incoming()));

        var step = await call.HearAsync(new CallerInput("hello", Turn: greeting.Turn + 5));

        Assert.Equal(greeting, step);
        Assert.Empty(cluster.Brain.Contexts);
        Assert.Single((await call.GetAsync())!.Turns);
    }

    [Fact]
    public async Task ACallWhoseCallerWasToldOfATechnicalProblemEndsSayingSoOnceTwilioReportsItOver()
    {
        var call = Call("CA-trouble");
        await call.StartAsync(Incoming());
        var trouble = new TroubleTold("gather", DateTimeOffset.UtcNow);

        var beforeTheEnd = await call.TroubleToldAsync(trouble);
        var screening = (await call.GetAsync())!;
        await call.CallEndedAsync(new CallEnded("completed", 14));
        var recorded = await call.TroubleToldAsync(trouble);
        var again = await call.TroubleToldAsync(trouble);

        Assert.False(beforeTheEnd); // not yet: nothing says the call is over
        Assert.Equal("screening", screening.Status);
        Assert.Single(screening.Turns);
        Assert.True(recorded);
        Assert.True(again);
        var record = (await call.GetAsync())!;
        Assert.Equal(("ended", CallDecisions.Abandoned, CallGrain.TroubleReason, 14), (record.Status, record.FinalDecision, record.Reason, record.DurationSeconds));
        Assert.Single(record.Turns, t => t.Text == ServiceTrouble.Announcement && t.Speaker == TurnSpeakers.Concierge && t.At == trouble.At);
        Assert.Equal(CallDecisions.Abandoned, (await CallerProfile()).RecentCalls.Single(c => c.CallSid == $"CA-trouble-{run}").Decision);
    }

    [Fact]
    public async Task ACallThatWentOnAfterTheApologyOnlyLogsIt()
    {
        cluster.Brain.Decide = _ => Decide(ScreeningAction.Transfer, "Putting you through.");
        var call = Call("CA-went-on");
        await call.StartAsync(Incoming());
        var trouble = new TroubleTold("gather", DateTimeOffset.UtcNow);
        await Task.Delay(20);
        await call.HearAsync(new CallerInput("It's Sam, it's urgent"));

        Assert.True(await call.TroubleToldAsync(trouble));

        var record = (await call.GetAsync())!;
        Assert.Equal("transferring", record.Status);
        Assert.Null(record.FinalDecision);
        Assert.Contains(record.Turns, t => t.Text == ServiceTrouble.Announcement);
    }

    [Fact]
    public async Task ACallWhoseFirstWebhookFailedIsRecordedFromTheReportAsEndedOnTheApology()
    {
        var call = Call("CA-never-answered");
        var unknown = Call("CA-never-described");
        var at = DateTimeOffset.UtcNow;

        Assert.True(await call.TroubleToldAsync(new TroubleTold("voice", at, Incoming())));
        Assert.True(await unknown.TroubleToldAsync(new TroubleTold("gather", at)));

        var record = (await call.GetAsync())!;
        Assert.Equal(("ended", CallDecisions.Abandoned, CallGrain.TroubleReason, at), (record.Status, record.FinalDecision, record.Reason, record.StartedAt));
        Assert.Equal(ServiceTrouble.Announcement, Assert.Single(record.Turns, t => t.Speaker == TurnSpeakers.Concierge).Text);
        Assert.Null(await unknown.GetAsync());
    }

    [Fact]
    public async Task ADecisionMadeBeforeTheApologyStandsAndTheStatusCallbackKeepsIt()
    {
        cluster.Brain.Decide = _ => Decide(ScreeningAction.End, "Please send a text instead. Goodbye.", CallCategory.Sales);
        var call = Call("CA-decided-trouble");
        await call.StartAsync(Incoming());
        await call.HearAsync(new CallerInput("It's about solar panels"));

        Assert.True(await call.TroubleToldAsync(new TroubleTold("gather", DateTimeOffset.UtcNow))); // ended already: recorded at once
        await call.CallEndedAsync(new CallEnded("completed", 20));

        var record = (await call.GetAsync())!;
        Assert.Equal((CallDecisions.Completed, "scripted", 20), (record.FinalDecision, record.Reason, record.DurationSeconds));
        Assert.Equal(ServiceTrouble.Announcement, record.Turns.Last(t => t.Speaker == TurnSpeakers.Concierge).Text);
    }

    [Fact]
    public async Task WebhooksForAnUnknownCallEndPolitelyAndRecordNothing()
    {
        var call = Call("CA-never-started");

        Assert.IsType<HangUpStep>(await call.HearAsync(new CallerInput("hello")));
        Assert.IsType<HangUpStep>(await call.DialEndedAsync(new DialResult("busy")));
        await call.CallEndedAsync(new CallEnded("completed", 3));

        Assert.Null(await call.GetAsync());
        Assert.Empty(await cluster.QueryAsync<string>("SELECT call_sid FROM calls WHERE call_sid = @Sid", new { Sid = $"CA-never-started-{run}" }));
    }

    [Fact]
    public async Task BlockDecisionBlocksTheCallerAndTheNextCallIsRejectedUnanswered()
    {
        cluster.Brain.Decide = _ => Decide(ScreeningAction.Block, "Goodbye.", CallCategory.Scam);
        await Call("CA-scam-1").StartAsync(Incoming());
        await Call("CA-scam-1").HearAsync(new CallerInput("Pay the IRS in gift cards"));

        var next = await Call("CA-scam-2").StartAsync(Incoming());

        Assert.IsType<RejectStep>(next);
        Assert.Equal(CallDecisions.Blocked, (await Call("CA-scam-2").GetAsync())!.FinalDecision);
        Assert.Equal(2, (await CallerProfile()).CallCount);
    }

    [Fact]
    public async Task RepeatCallerArrivesWithTheirHistory()
    {
        cluster.Brain.Decide = _ => Decide(ScreeningAction.End, "Please send a text.", CallCategory.Sales, callerName: "Pat");
        await Call("CA-first").StartAsync(Incoming());
        await Call("CA-first").HearAsync(new CallerInput("It's Pat, about solar panels"));

        await Call("CA-second").StartAsync(Incoming());
        await Call("CA-second").HearAsync(new CallerInput("Pat again"));

        var history = cluster.Brain.Contexts[^1].History;
        Assert.Equal(1, history.PreviousCalls);
        Assert.Equal("Pat", history.KnownName);
        Assert.Equal([CallDecisions.Completed], history.RecentDecisions);
        Assert.Equal(0.5, history.SpamScore, precision: 6);
    }

    [Fact]
    public async Task EveryTurnAndTheSummaryReachTheCallLogTables()
    {
        cluster.Brain.Decide = _ => Decide(ScreeningAction.End, "Thanks, please send a text.");
        var call = Call("CA-logged");
        await call.StartAsync(Incoming());
        await call.HearAsync(new CallerInput("Just a survey", 0.87));

        var turns = await cluster.QueryAsync<(long Seq, string Speaker, string Text, long? LatencyMs, string? Brain, string? Action, double? Confidence)>(
            "SELECT seq, speaker, \"text\", latency_ms, brain, \"action\", confidence FROM call_turns WHERE call_sid = @Sid ORDER BY seq", new { Sid = $"CA-logged-{run}" });
        var summary = (await cluster.QueryAsync<(string Decision, string Reason, long TurnCount)>(
            "SELECT final_decision, reason, turn_count FROM calls WHERE call_sid = @Sid", new { Sid = $"CA-logged-{run}" })).Single();

        Assert.Equal(["concierge", "caller", "concierge"], turns.Select(t => t.Speaker));
        Assert.Equal(0.87, turns[1].Confidence);
        Assert.Equal(("scripted", "end"), (turns[2].Brain, turns[2].Action));
        Assert.NotNull(turns[2].LatencyMs);
        Assert.Equal((CallDecisions.Completed, "scripted", 3L), summary);
    }

    [Fact]
    public async Task ANumberRoutesToTheCompanyThatClaimedItAndCannotBeClaimedTwice()
    {
        var acme = cluster.Grains.GetGrain<ICompanyGrain>($"acme-{run}");
        await acme.ConfigureAsync(new CompanySettings("Acme", "Acme", null, ["+18005550199"], null, ["en-US"], ""));

        await Assert.ThrowsAsync<ProjectionConflictException>(() => cluster.Grains.GetGrain<ICompanyGrain>($"rival-{run}")
            .ConfigureAsync(new CompanySettings("Rival", "Rival", null, ["+18005550199"], null, ["en-US"], "")));

        Assert.Equal($"acme-{run}", await cluster.Directory.CompanyForNumberAsync("+18005550199"));
        Assert.Equal(CompanyIds.Default, await cluster.Directory.CompanyForNumberAsync("+18005550000"));
        Assert.Null(await cluster.Grains.GetGrain<ICompanyGrain>($"rival-{run}").GetSettingsAsync());
    }

    [Fact]
    public async Task ExceptionListStopsAtItsLimitButARemovedNumberCanStillBeRestored()
    {
        var company = cluster.Grains.GetGrain<ICompanyGrain>($"full-{run}");
        for (var i = 0; i < CompanyLimits.MaxExceptions; i++)
        {
            await company.AddExceptionAsync(new ExceptionDraft($"+1415600{i:D4}", $"Contact {i}", ExceptionCategories.Friend, null));
        }

        await company.RemoveExceptionAsync("+14156000000");
        var refused = await company.AddExceptionAsync(new ExceptionDraft("+14157770000", "One too many", ExceptionCategories.Friend, null));
        var restored = await company.AddExceptionAsync(new ExceptionDraft("+14156000000", "Contact 0", ExceptionCategories.Friend, null));

        Assert.Equal(ExceptionChangeKind.ListFull, refused.Kind);
        Assert.Null(await company.GetExceptionAsync("+14157770000"));
        Assert.Equal(ExceptionChangeKind.Restored, restored.Kind);
        Assert.Equal(CompanyLimits.MaxExceptions, (await company.ListExceptionsAsync(includeInactive: true)).Count);
    }

    [Fact]
    public async Task ACompanyStoredBeforeTheMoveToOrleansIsReadAsItWasWritten()
    {
        // The row exactly as the earlier runtime wrote it: grain type "company", JSON with the web defaults.
        const string Stored = """
            {"settings":{"name":"Legacy","ownerName":"Lee","ownerPhone":"+14155550123","twilioNumbers":[],"greeting":null,"languages":["en-US"],
            "screeningInstructions":"","defaultRegion":"US","whisper":true,"ringSeconds":20},"exceptions":{"+14155550124":{"phone":"+14155550124",
            "name":"Mum","category":"family","note":null,"active":true,"createdAt":"2026-11-01T00:00:00+00:00","updatedAt":"2026-11-01T00:00:00+00:00"}},
            "apiKeys":{},"createdAt":"2026-11-01T00:00:00+00:00"}
            """;
        var id = $"legacy-{run}";
        await cluster.Store.WriteAsync(new Concierge.Silo.Storage.GrainStateKey("company", id, "company"), Stored, null, []);

        var policy = await cluster.Grains.GetGrain<ICompanyGrain>(id).LookUpCallerAsync("+14155550124");

        Assert.Equal(("Lee", "+14155550123"), (policy.Settings.OwnerName, policy.Settings.OwnerPhone));
        Assert.Equal("Mum", policy.Exception?.Name);
    }

    [Fact]
    public async Task WithoutAnOwnerNameOrPhoneAnUrgentCallerLeavesAMessageAndTheLogSaysWhatHappenedInSentences()
    {
        var company = $"unnamed-{run}";
        await cluster.Grains.GetGrain<ICompanyGrain>(company).ConfigureAsync(new CompanySettings("Concierge", "", null, [], null, ["en-US"], ""));
        cluster.Brain.Decide = _ => Decide(ScreeningAction.Transfer, "Putting you through right now.", CallCategory.Urgent) with
        {
            Reason = "Urgent: the caller used the word emergency.",
        };
        var call = Call("CA-unnamed");

        var greeting = Assert.IsType<ListenStep>(await call.StartAsync(new IncomingCall(company, caller, "+18005550000")));
        var askForMessage = Assert.IsType<ListenStep>(await call.HearAsync(new CallerInput("It's an emergency, call me back.", 0.9, greeting.Turn)));
        await call.HearAsync(new CallerInput("Please call Sam back about the flood.", 0.9, askForMessage.Turn));

        var record = (await call.GetAsync())!;
        Assert.Equal("Hello, I'm the assistant who answers calls to this number. May I ask who's calling, and what it's about?", greeting.Prompt);
        Assert.StartsWith("The person you're calling can't take your call right now.", askForMessage.Prompt, StringComparison.Ordinal);
        Assert.Equal("Urgent: the caller used the word emergency. No phone number is set for the owner, so the caller was asked for a message.", record.Reason);
        Assert.Equal("take_message", record.Turns.Single(t => t.Text == askForMessage.Prompt).Action); // not "transfer": no one was rung
        Assert.Contains(record.Turns, t => t.Speaker == TurnSpeakers.System && t.Text == CallLogLines.MessageTaken);
        Assert.Equal(CallDecisions.MessageTaken, record.FinalDecision);
    }

    private ICompanyGrain Company => cluster.Grains.GetGrain<ICompanyGrain>(CompanyIds.Default);

    private ValueTask<List<GrainId>> ActiveCallsAsync() => cluster.Grains.GetGrain<IManagementGrain>(0).GetActiveGrains(GrainType.Create("call"));

    private ICallGrain Call(string callSid) => cluster.Grains.GetGrain<ICallGrain>($"{callSid}-{run}");

    private Task<CallerProfile> CallerProfile() => cluster.Grains.GetGrain<ICallerGrain>(CallerKey.For(CompanyIds.Default, caller)).GetAsync();

    private IncomingCall Incoming() => new(CompanyIds.Default, caller, "+18005550000");

    private static ScreeningDecision Decide(ScreeningAction action, string reply, CallCategory category = CallCategory.Personal, string? callerName = null) =>
        new(action, reply, category, Urgency.Normal, "scripted", callerName);
}
