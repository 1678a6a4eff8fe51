using Concierge.Faults.Tests.Crash;
using Concierge.Simulator.Calls;
using Concierge.Simulator.Load;
using Concierge.Simulator.Protocol;
using Concierge.Simulator.Scripts;
using Concierge.TestSupport;
using Xunit.Abstractions;

namespace Concierge.Faults.Tests.Cluster;

/// <summary>
/// Three nodes on one PostgreSQL database forming one Orleans cluster, behind a round-robin balancer, driven by the call
/// simulator: the webhooks of a call land on different nodes and the call goes on; one node is killed with SIGKILL under
/// load, and once the cluster has declared it dead, the calls it hosted go on from the store on the other nodes, new
/// calls are answered, and no acknowledged turn is lost.
/// </summary>
public sealed class ClusterFailoverTests(ITestOutputHelper output)
{
    private const int HeldCalls = 30;
    private const string UnclearLine = "Hello? Is Alex there?";
    private const string UrgentLine = "It's Sam, Alex's brother. There's been a car accident and I'm at the hospital, it's urgent.";

    private static TwilioAccount Account => new(ConciergeEnvironment.PublicBaseUrl, ConciergeEnvironment.AuthToken);

    [Fact]
    public async Task WebhooksOfOneCallLandOnDifferentNodesAndEveryCallGoesOn()
    {
        await using var cluster = await NodeCluster.StartAsync(3);
        using var http = cluster.Balancer.Client();

        var alone = new SimulatedCall(http, Account, new CallerNumbers().Next(), ConciergeEnvironment.TwilioNumber);
        var nodesOfOneCall = new List<Uri>();
        var question = await OnNextNodeAsync(cluster, nodesOfOneCall, () => alone.RingAsync());
        var transfer = await OnNextNodeAsync(cluster, nodesOfOneCall, () => alone.SayAsync(UrgentLine));
        var ended = await OnNextNodeAsync(cluster, nodesOfOneCall, () => alone.DialEndsAsync("completed", bridged: true, duration: 40));
        var load = await new LoadRunner(http, Account).RunAsync(Plan(CallerScripts.All.Count * 6, concurrency: 6));
        await HoldCallsMidScreeningAsync(http); // an ended call's activation goes: the calls in progress show where calls live
        var silos = await NodeCluster.SilosSeenByAsync(cluster.Nodes[0]);
        output.WriteLine($"{load.Calls.Count} calls, {load.Timings.Count} webhooks; served per node: {string.Join(", ", cluster.Balancer.Served.Values)}; call grains per silo: {string.Join(", ", silos.Select(s => s.CallActivations))}");

        Assert.True(question.Listens && transfer.Dial is not null && ended.HangsUp, $"{question.Root} / {transfer.Root} / {ended.Root}");
        Assert.Equal(3, nodesOfOneCall.Distinct().Count());
        Assert.Empty(load.Errors);
        Assert.DoesNotContain(load.Calls, c => c.Outcome == CallOutcomes.ServiceTrouble);
        Assert.All(cluster.Nodes, node => Assert.True(cluster.Balancer.Served.GetValueOrDefault(node.BaseAddress) > 50, $"{node.BaseAddress} served too little"));
        Assert.True(silos.Count(s => s.CallActivations > 0) >= 2, "calls should be spread over the silos");
        var violations = AcknowledgedEffects.Violations(load.Calls, await CallLog.Postgres(cluster.Database.ConnectionString).ReadAsync());
        Assert.True(violations.Count == 0, string.Join('\n', violations.Take(20)));
    }

    [Fact]
    public async Task AfterANodeIsKilledUnderLoadItsCallsGoOnElsewhereAndNoAcknowledgedTurnIsLost()
    {
        await using var cluster = await NodeCluster.StartAsync(3);
        using var http = cluster.Balancer.Client();
        var held = await HoldCallsMidScreeningAsync(http);
        using var stop = new CancellationTokenSource();
        var runner = new LoadRunner(http, Account);
        var running = runner.RunAsync(Plan(LoadPlan.Unlimited, concurrency: 6), stop.Token);
        await WhileAsync(() => runner.Progress.Webhooks < 150 && !running.IsCompleted);

        await cluster.Nodes[2].KillAsync();
        var killedAt = DateTime.UtcNow;
        var silos = await NodeCluster.WaitForAsync(s => s.Count(x => x.Status == "Active") == 2 && s.Any(x => x.Status == "Dead"), cluster.Nodes[0]);
        var declaredDead = DateTime.UtcNow - killedAt;
        var webhooksAtDeath = runner.Progress.Webhooks;
        await WhileAsync(() => runner.Progress.Webhooks < webhooksAtDeath + 150 && !running.IsCompleted);
        await stop.CancelAsync();
        var during = await running;
        var resumed = await Task.WhenAll(held.Select(call => call.SayAsync(UrgentLine)));
        var after = await new LoadRunner(http, Account).RunAsync(Plan(CallerScripts.All.Count * 3, concurrency: 4));
        output.WriteLine(
            $"Declared dead after {declaredDead.TotalSeconds:F1} s; during the failover {during.Calls.Count} calls, {during.Errors.Count} cut off, " +
            $"{during.Calls.Count(c => c.Outcome == CallOutcomes.ServiceTrouble)} apologised to; then {after.Calls.Count} calls. Silos: {string.Join(", ", silos.Select(s => s.Status))}");

        Assert.All(resumed, twiml => Assert.True(twiml.Dial is not null, $"a call held before the kill did not go on: {twiml.Root}"));
        Assert.Empty(after.Errors);
        Assert.DoesNotContain(after.Calls, c => c.Outcome == CallOutcomes.ServiceTrouble);
        // Only requests the kill cut off, and the ends of calls that could not be recorded while the cluster had not yet
        // noticed the death (a 503 Twilio may retry; nothing was acknowledged).
        Assert.All(during.Errors, e => Assert.True(
            e.Error!.StartsWith(nameof(HttpRequestException), StringComparison.Ordinal) || e.Error.Contains("/twilio/status answered 503", StringComparison.Ordinal),
            e.Error));
        var everyCall = during.Calls.Concat(after.Calls).Concat(held.Select(call => new CallResult("held", call, CallOutcomes.Transferred)));
        var violations = AcknowledgedEffects.Violations(everyCall, await CallLog.Postgres(cluster.Database.ConnectionString).ReadAsync(), failover: true);
        Assert.True(violations.Count == 0, $"{violations.Count} broken promises:\n{string.Join('\n', violations.Take(20))}");
    }

    /// <summary>Runs one webhook and notes which node answered it.</summary>
    private static async Task<Twiml> OnNextNodeAsync(NodeCluster cluster, List<Uri> nodes, Func<Task<Twiml>> webhook)
    {
        var before = cluster.Balancer.Served.ToDictionary();
        var twiml = await webhook();
        nodes.Add(cluster.Balancer.Served.Single(served => served.Value != before.GetValueOrDefault(served.Key)).Key);
        return twiml;
    }

    /// <summary>Calls answered unclearly: each waits, mid-screening, for the caller's next words.</summary>
    private static async Task<IReadOnlyList<SimulatedCall>> HoldCallsMidScreeningAsync(HttpClient http)
    {
        var numbers = new CallerNumbers();
        var calls = Enumerable.Range(0, HeldCalls).Select(_ => new SimulatedCall(http, Account, numbers.Next(), ConciergeEnvironment.TwilioNumber)).ToList();
        foreach (var call in calls)
        {
            await call.RingAsync();
            Assert.True((await call.SayAsync(UnclearLine)).Listens);
        }

        return calls;
    }

    private static async Task WhileAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }
    }

    private static LoadPlan Plan(int callers, int concurrency) =>
        new(callers, concurrency, CallerScripts.All, ConciergeEnvironment.TwilioNumber, new OwnerBehaviour());
}
