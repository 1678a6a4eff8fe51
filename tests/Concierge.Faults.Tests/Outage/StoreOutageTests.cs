using System.Diagnostics;
using System.Net;
using Concierge.Simulator.Calls;
using Concierge.Simulator.Protocol;
using Concierge.Simulator.Scripts;
using Concierge.TestSupport;
using Xunit.Abstractions;

namespace Concierge.Faults.Tests.Outage;

/// <summary>
/// The app as a process on a PostgreSQL server of the test's own, which is stopped mid-run and started again:
/// callers keep getting answers in time, health says what is going on, and the app recovers by itself.
/// </summary>
public sealed class StoreOutageTests(ITestOutputHelper output) : IDisposable
{
    /// <summary>Twilio gives up after 15 s; every answer during the outage must come well inside that.</summary>
    private static readonly TimeSpan AnswerBound = TimeSpan.FromSeconds(12);

    private readonly TempDirectory directory = new();

    private static TwilioAccount Account => new(ConciergeEnvironment.PublicBaseUrl, ConciergeEnvironment.AuthToken);

    [Fact]
    public async Task WebhooksAnswerSafelyWhilePostgresIsDownAndCallsSucceedOnceItIsBackWithoutARestart()
    {
        await using var postgres = await PrivatePostgresServer.CreateAsync();
        await using var app = await WebFrontProcess.StartAsync(directory.Path, ConciergeEnvironment.Postgres(postgres.ConnectionString));
        using var http = TwilioHttpClient.Create(app.BaseAddress);
        Assert.Equal(CallOutcomes.Transferred, await PlayAsync(http, CallerScripts.Urgent));
        var screening = NewCall(http);
        await screening.RingAsync();
        var transferring = NewCall(http);
        await transferring.RingAsync();
        Assert.NotNull((await transferring.SayAsync(UrgentLine)).Dial);

        await postgres.StopAsync();
        var ring = await TimedAsync("voice", () => NewCall(http).RingAsync());
        var speech = await TimedAsync("gather", () => screening.SayAsync(UrgentLine));
        var whisper = await TimedAsync("whisper", () => transferring.OwnerAnswersAsync());
        var dialEnded = await TimedAsync("dial-result", () => transferring.DialEndsAsync("completed", bridged: true, duration: 30));
        using var status = await TimedAsync("status", () => screening.HangUpAsync(12));
        using var ready = await http.GetAsync(new Uri("/health/ready", UriKind.Relative));
        using var live = await http.GetAsync(new Uri("/health/live", UriKind.Relative));

        Assert.True(ring.IsServiceTrouble && ring.HangsUp, ring.Root.ToString());
        Assert.True(speech.IsServiceTrouble && speech.HangsUp, speech.Root.ToString());
        Assert.True(dialEnded.IsServiceTrouble && dialEnded.HangsUp, dialEnded.Root.ToString());
        Assert.True(whisper.HangsUp, whisper.Root.ToString()); // the owner's leg ends; the caller is not bridged to nobody
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status.StatusCode); // not acknowledged, so Twilio may retry
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);

        await postgres.StartAsync();
        await app.WaitUntilReadyAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(CallOutcomes.Transferred, await PlayAsync(http, CallerScripts.Urgent));
        Assert.NotNull((await screening.SayAsync(UrgentLine)).Dial); // the call caught by the outage carries on
        Assert.False(app.HasExited);
    }

    private static string UrgentLine => CallerScripts.Urgent.Calls[0].Lines[0]!;

    private static SimulatedCall NewCall(HttpClient http) => new(http, Account, "+12125550142", ConciergeEnvironment.TwilioNumber);

    private static Task<string> PlayAsync(HttpClient http, CallerScript script) =>
        new ScriptedConversation(NewCall(http), new OwnerBehaviour()).RunAsync(script.Calls[0]);

    private async Task<T> TimedAsync<T>(string webhook, Func<Task<T>> send)
    {
        var clock = Stopwatch.StartNew();
        var answer = await send();
        output.WriteLine($"{webhook} answered in {clock.Elapsed.TotalMilliseconds:F0} ms during the outage");
        Assert.True(clock.Elapsed < AnswerBound, $"{webhook} took {clock.Elapsed}; Twilio gives up after 15 s");
        return answer;
    }

    public void Dispose() => directory.Dispose();
}
