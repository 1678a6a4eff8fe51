using Concierge.Simulator.Calls;
using Concierge.Simulator.Load;
using Concierge.Simulator.Output;
using Concierge.Simulator.Protocol;
using Concierge.Simulator.Scripts;
using Concierge.TestSupport;

namespace Concierge.WebFront.Tests.Simulator;

/// <summary>The simulator's load runner and summary against the app in memory.</summary>
public sealed class LoadRunnerTests(ConciergeAppFactory app) : IClassFixture<ConciergeAppFactory>
{
    [Fact]
    public async Task LoadRunnerPlaysEveryScenarioConcurrentlyAndTimesEveryWebhookByKind()
    {
        var runner = new LoadRunner(app.CreateClient(), ConciergeAppFactory.Account);
        var plan = new LoadPlan(Callers: 14, Concurrency: 4, CallerScripts.All, ConciergeAppFactory.TwilioNumber, new OwnerBehaviour());

        var report = await runner.RunAsync(plan);

        Assert.Empty(report.Errors);
        Assert.Equal(14 + 4, report.Calls.Count); // the two scam and two repeat callers call twice
        Assert.Equal(14, report.Calls.Select(c => c.Call.From).Distinct().Count());
        Assert.Equal(WebhookKind.All, report.Timings.Kinds);
        Assert.Equal(report.Calls.Sum(c => c.Call.Exchanges.Count), report.Timings.Count);
        Assert.Contains(report.ByOutcome, o => o.Key == CallOutcomes.Blocked && o.Value == 2);
        Assert.Contains(report.Notes, n => n.Contains("--api-key", StringComparison.Ordinal)); // no registrar: exception callers are screened
        Assert.Equal(new LoadProgress(14, 18, 0, report.Timings.Count, report.Elapsed), runner.Progress);
    }

    [Fact]
    public async Task WithAnApiKeyExceptionCallersAreRegisteredThroughTheRestApiAndPutStraightThrough()
    {
        var http = app.CreateClient();
        var runner = new LoadRunner(http, ConciergeAppFactory.Account, new ExceptionRegistrar(http, ConciergeAppFactory.OwnerApiKey));
        var plan = new LoadPlan(Callers: 2, Concurrency: 2, [CallerScripts.Named("exception")[0]], ConciergeAppFactory.TwilioNumber, new OwnerBehaviour());

        var report = await runner.RunAsync(plan);

        Assert.Empty(report.Errors);
        Assert.All(report.Calls, c => Assert.Equal(CallOutcomes.TransferredException, c.Outcome));
        Assert.DoesNotContain(report.Notes, n => n.Contains("--api-key", StringComparison.Ordinal));
        var listed = await (await app.Api().GetAsync("/api/exceptions")).Content.ReadAsStringAsync();
        Assert.All(report.Calls, c => Assert.Contains(c.Call.From, listed, StringComparison.Ordinal));
    }

    [Fact]
    public async Task CancellingARunStopsTheCallersAndReportsWhatWasDone()
    {
        using var stop = new CancellationTokenSource();
        var runner = new LoadRunner(app.CreateClient(), ConciergeAppFactory.Account);
        var run = runner.RunAsync(new LoadPlan(LoadPlan.Unlimited, 2, [CallerScripts.Sales], ConciergeAppFactory.TwilioNumber, new OwnerBehaviour()), stop.Token);
        while (runner.Progress.CallsFinished < 5)
        {
            await Task.Delay(10);
        }

        var finishedBeforeCancelling = runner.Progress.CallsFinished;
        await stop.CancelAsync();
        var report = await run;

        // Each of the 2 callers may finish the call it is on and start one more before it sees the cancellation.
        Assert.InRange(report.Calls.Count, finishedBeforeCancelling, finishedBeforeCancelling + (2 * 2));
        Assert.All(report.Calls, c => Assert.Contains(c.Outcome, new[] { CallOutcomes.CompletedOrBlocked, CallOutcomes.Cancelled }));
    }

    [Fact]
    public async Task SummaryShowsDecisionsScenariosLatencyPerWebhookAndErrors()
    {
        var report = await new LoadRunner(app.CreateClient(), ConciergeAppFactory.Account)
            .RunAsync(new LoadPlan(3, 3, [CallerScripts.Urgent, CallerScripts.Sales, CallerScripts.Silent], ConciergeAppFactory.TwilioNumber, new OwnerBehaviour()));
        using var text = new StringWriter();

        SummaryPrinter.Print(report, text);

        var summary = text.ToString();
        Assert.StartsWith("3 callers, 3 calls in ", summary, StringComparison.Ordinal);
        Assert.Contains("Calls by decision", summary, StringComparison.Ordinal);
        Assert.Matches(@"transferred\s+1", summary);
        Assert.Matches(@"urgent\s+1\s+transferred 1", summary);
        Assert.Matches(@"dial-result\s+1\s", summary);
        Assert.Matches(@"all\s+\d+\s", summary);
        Assert.Contains("Errors: 0", summary, StringComparison.Ordinal);
    }
}
