using Concierge.Simulator.Calls;
using Concierge.Simulator.Load;
using Concierge.Simulator.Protocol;
using Concierge.Simulator.Scripts;
using Concierge.TestSupport;
using Xunit.Abstractions;

namespace Concierge.Faults.Tests.Crash;

/// <summary>
/// The app as a process under concurrent simulated calls, killed with SIGKILL mid-load and restarted on the same store:
/// every webhook that was acknowledged must have left its turns behind, once, in a sound store.
/// </summary>
public sealed class CrashDurabilityTests(ITestOutputHelper output) : IDisposable
{
    private const int Concurrency = 16;
    private const int WebhooksBeforeTheKill = 300;

    private readonly TempDirectory directory = new();

    private static TwilioAccount Account => new(ConciergeEnvironment.PublicBaseUrl, ConciergeEnvironment.AuthToken);

    [Fact]
    public async Task EveryAcknowledgedWebhookSurvivesAKillNineOnSqlite()
    {
        var file = directory.File("concierge.db");

        await KillMidLoadRestartAndVerifyAsync(ConciergeEnvironment.Sqlite(file), CallLog.Sqlite(file), sound: "ok");
    }

    [Fact]
    public async Task EveryAcknowledgedWebhookSurvivesAKillNineOnPostgres()
    {
        await using var database = await PostgresDatabase.CreateAsync();

        await KillMidLoadRestartAndVerifyAsync(ConciergeEnvironment.Postgres(database.ConnectionString), CallLog.Postgres(database.ConnectionString), sound: "indexes ok");
    }

    private async Task KillMidLoadRestartAndVerifyAsync(Dictionary<string, string> environment, CallLog log, string sound)
    {
        var load = await LoadUntilKilledAsync(environment);
        var acknowledged = load.Calls.Sum(c => c.Call.Exchanges.Count(e => e.IsOk));
        var cutOff = load.Calls.Count(c => c.Outcome is CallOutcomes.Error or CallOutcomes.Cancelled && c.Call.Exchanges.Count > 0);
        output.WriteLine($"Killed after {acknowledged} acknowledged webhooks over {load.Calls.Count} calls; {cutOff} calls were cut off mid-call.");
        Assert.True(cutOff > 0, "The kill should land while calls are under way.");
        Assert.All(load.Errors, e => Assert.StartsWith(nameof(HttpRequestException), e.Error, StringComparison.Ordinal)); // only the kill failed calls

        var stored = await log.ReadAsync();
        Assert.EndsWith(sound, await log.CheckIntegrityAsync(), StringComparison.Ordinal);
        var violations = AcknowledgedEffects.Violations(load.Calls, stored);
        Assert.True(violations.Count == 0, $"{violations.Count} broken promises:\n{string.Join('\n', violations.Take(20))}");

        await using var restarted = await WebFrontProcess.StartAsync(directory.Path, environment);
        using var http = TwilioHttpClient.Create(restarted.BaseAddress);
        var mismatches = await RedeliveredStartsDisagreeingWithTheLogAsync(http, stored);
        Assert.True(mismatches.Count == 0, string.Join('\n', mismatches.Take(20)));
        var after = await new LoadRunner(http, Account).RunAsync(Plan(CallerScripts.All.Count, concurrency: 4));
        Assert.Empty(after.Errors);
        Assert.DoesNotContain(after.Calls, c => c.Outcome == CallOutcomes.ServiceTrouble);
    }

    /// <summary>Drives calls until enough webhooks were answered, then kills the process and stops the callers.</summary>
    private async Task<LoadReport> LoadUntilKilledAsync(Dictionary<string, string> environment)
    {
        await using var app = await WebFrontProcess.StartAsync(directory.Path, environment);
        using var http = TwilioHttpClient.Create(app.BaseAddress);
        using var stop = new CancellationTokenSource();
        var runner = new LoadRunner(http, Account);
        var load = runner.RunAsync(Plan(LoadPlan.Unlimited, Concurrency), stop.Token);
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (runner.Progress.Webhooks < WebhooksBeforeTheKill && !load.IsCompleted && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        Assert.False(load.IsCompleted, $"The load ended before the kill: {app.Output}");
        var kill = app.KillAsync(); // the SIGKILL is sent before this returns; stop the callers while the process dies
        await stop.CancelAsync();
        await kill;
        return await load;
    }

    /// <summary>
    /// Twilio redelivers the first webhook of every stored call to the restarted app: a call grain that exists answers
    /// from its state without changing it (the last question again, the transfer again, or goodbye), so each answer
    /// shows the grain's state as the restarted app read it back. Returns where it disagrees with the call log.
    /// </summary>
    private static async Task<List<string>> RedeliveredStartsDisagreeingWithTheLogAsync(HttpClient http, CallLogSnapshot stored)
    {
        var mismatches = new List<string>();
        foreach (var (callSid, call) in stored.Calls)
        {
            var twiml = await new SimulatedCall(http, Account, "+14155550199", ConciergeEnvironment.TwilioNumber, callSid: callSid).RingAsync();
            var lastPrompt = stored.Turns[callSid].LastOrDefault(t => t.Speaker == Grains.Interfaces.Calls.TurnSpeakers.Concierge)?.Text;
            var agrees = call.Status switch
            {
                "screening" or "awaiting_message" => twiml.Listens && twiml.Gather!.Element("Say")?.Value == lastPrompt,
                "transferring" => twiml.Dial is not null,
                _ => twiml.HangsUp || twiml.Rejects,
            };
            if (!agrees || twiml.IsServiceTrouble)
            {
                mismatches.Add($"{callSid} ({call.Status}, last prompt \"{lastPrompt}\") was redelivered and answered {twiml.Root}");
            }
        }

        return mismatches;
    }

    private static LoadPlan Plan(int callers, int concurrency) =>
        new(callers, concurrency, CallerScripts.All, ConciergeEnvironment.TwilioNumber, new OwnerBehaviour());

    public void Dispose() => directory.Dispose();
}
