using Concierge.Grains.Interfaces.Callers;
using Concierge.Grains.Interfaces.Calls;
using Concierge.Grains.Interfaces.Companies;
using Concierge.Grains.Interfaces.Screening;
using Concierge.Silo.Tests.GrainCluster;
using Concierge.TestSupport;

namespace Concierge.Silo.Tests.Calls;

/// <summary>
/// A call start is one durable write, the call's: the caller's history and the callers list ride with it, and a caller
/// grain lost before it saved (a crash, a deactivation) still knows every call that was answered.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class CallerCallStartTests
{
    private readonly ConciergeCluster cluster;
    private readonly string caller = TestPhones.Next();
    private readonly string run = Guid.NewGuid().ToString("N")[..8];

    public CallerCallStartTests(ConciergeCluster cluster)
    {
        this.cluster = cluster;
        cluster.Brain.Reset();
    }

    [Fact]
    public async Task ACallStartWritesOnlyTheCallYetTheCallersListShowsTheCaller()
    {
        await Call("CA-one-write").StartAsync(Incoming("Sam Jones"));

        Assert.Empty(await cluster.QueryAsync<long>(
            "SELECT version FROM grain_state WHERE grain_type = 'caller' AND grain_key = @Key", new { Key = CallerKey.For(CompanyIds.Default, caller) }));
        var listed = Assert.Single(await cluster.QueryAsync<(long CallCount, string Name)>(
            "SELECT call_count, name FROM callers WHERE company_id = @Company AND phone = @Phone", new { Company = CompanyIds.Default, Phone = caller }));
        Assert.Equal((1, "Sam Jones"), listed);
    }

    [Fact]
    public async Task ACallerGrainLostBeforeItSavedStillKnowsTheCallItsNameAndItsDecision()
    {
        cluster.Brain.Decide = _ => new ScreeningDecision(ScreeningAction.End, "Please send a text.", CallCategory.Sales, Urgency.Normal, "scripted");
        await Call("CA-first").StartAsync(Incoming("Sam Jones"));
        await cluster.DeactivateAsync(Caller());
        await Call("CA-second").StartAsync(Incoming(null));
        await cluster.DeactivateAsync(Caller());

        var profile = await Caller().GetAsync();

        Assert.Equal(2, profile.CallCount);
        Assert.Equal("Sam Jones", profile.Name);
        Assert.Equal([$"CA-second-{run}", $"CA-first-{run}"], profile.RecentCalls.Select(c => c.CallSid));
        Assert.Equal(profile.RecentCalls[0].At, profile.LastCallAt);

        await Call("CA-second").HearAsync(new CallerInput("I'm selling solar panels"));
        await cluster.DeactivateAsync(Caller());
        profile = await Caller().GetAsync();
        Assert.Equal(2, profile.CallCount);
        Assert.Equal(CallDecisions.Completed, profile.RecentCalls[0].Decision);
        Assert.Equal(0.5, profile.SpamScore, precision: 6);
    }

    [Fact]
    public async Task ARepeatCallerFoundAfterTheirGrainWasLostArrivesWithTheirHistory()
    {
        await Call("CA-before").StartAsync(Incoming("Pat"));
        await cluster.DeactivateAsync(Caller());

        await Call("CA-after").StartAsync(Incoming(null));
        await Call("CA-after").HearAsync(new CallerInput("Pat again"));

        var history = cluster.Brain.Contexts[^1].History;
        Assert.Equal(1, history.PreviousCalls);
        Assert.Equal("Pat", history.KnownName);
    }

    private ICallGrain Call(string callSid) => cluster.Grains.GetGrain<ICallGrain>($"{callSid}-{run}");

    private ICallerGrain Caller() => cluster.Grains.GetGrain<ICallerGrain>(CallerKey.For(CompanyIds.Default, caller));

    private IncomingCall Incoming(string? callerIdName) => new(CompanyIds.Default, caller, "+18005550000", callerIdName);
}
