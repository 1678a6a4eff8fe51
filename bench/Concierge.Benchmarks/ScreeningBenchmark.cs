using System.Diagnostics;
using Concierge.Grains.Interfaces.Screening;
using Concierge.Grains.Screening;
using Concierge.Silo.Brains;
using Concierge.TestSupport;
using Concierge.TestSupport.Screening;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace Concierge.Benchmarks;

/// <summary>
/// The screening corpus through each screener: the offline one (accuracy on the tuning and held-out parts, per language
/// and group, confusion matrices, scams put through, decision times), compared with its rules alone and its classifier
/// alone on every set (the tuning part cross-validated); the model-backed one against the fake chat-completions server
/// (a harness check: a scripted fake says nothing about a model's accuracy); and a real model when Concierge:Model is
/// configured (environment variables Concierge__Model__Provider, __ApiKey, __Name, __Endpoint).
/// </summary>
internal static class ScreeningBenchmark
{
    public static async Task RunAsync()
    {
        PrintStartUp();
        var corpus = CorpusCall.LoadAll();
        Console.WriteLine($"Corpus: {corpus.Count} callers ({corpus.Count(c => c.Language == "en")} en, {corpus.Count(c => c.Language == "fr")} fr), " +
            $"{corpus.Count(c => !c.IsHeldOut)} tuning, {corpus.Count(c => c.IsHeldOut)} held out.");

        var offline = new OfflineScreener();
        // Warm-up, not measured: enough passes for the JIT's optimised tier, so the times are the steady state's.
        for (var pass = 0; pass < 30; pass++)
        {
            await ScreeningScorecard.RunAsync(offline, corpus);
        }
        var scorecard = await ScreeningScorecard.RunAsync(offline, corpus);
        ScreeningTable.Print("offline (rules + classifier)", scorecard);

        var fresh = await ScreeningScorecard.RunAsync(offline, CorpusCall.LoadAll(CorpusCall.FreshRelativePath));
        ScreeningTable.PrintFresh("fresh (written after the rules froze)", fresh);
        var freshTwo = await ScreeningScorecard.RunAsync(offline, CorpusCall.LoadAll(CorpusCall.FreshTwoRelativePath));
        ScreeningTable.PrintFresh("fresh-2 (written before the classifier, unlike the corpus)", freshTwo);

        await ScreeningComparison.PrintAsync();
        await RunFakeModelAsync(corpus);
        await RunConfiguredModelAsync(corpus);
    }

    /// <summary>What the first decision costs in a fresh process: loading the embedded model, and the memory it takes.</summary>
    private static void PrintStartUp()
    {
        var call = new CorpusCall("start-up", "en", "family", ["Hi, it's Sam, Alex's brother, about dinner tonight."], ScreeningAction.Transfer).ToContext();
        GC.Collect();
        var before = Environment.WorkingSet;
        var started = Stopwatch.GetTimestamp();
        new OfflineScreener().Decide(call);
        var first = Stopwatch.GetElapsedTime(started);
        GC.Collect();
        Console.WriteLine($"First decision in a fresh process (loads the embedded model, {ScreeningModel.Default.FeatureCount} features): {first.TotalMilliseconds:F0} ms; " +
            $"working set grew {(Environment.WorkingSet - before) / (1024.0 * 1024):F1} MiB to {Environment.WorkingSet / (1024.0 * 1024):F0} MiB.");
    }

    private static async Task RunFakeModelAsync(IReadOnlyList<CorpusCall> corpus)
    {
        await using var server = await FakeChatCompletionsServer.StartAsync();
        var brain = FakeModelBrain.For(server);
        var scorecard = await ScreeningScorecard.RunAsync(brain, corpus);
        Console.WriteLine();
        Console.WriteLine($"Model-backed screener against FakeChatCompletionsServer (harness check, not accuracy): {server.Requests.Count} requests for " +
            $"{corpus.Count} callers, {scorecard.Calls.Count} decisions parsed, round trip p50 {scorecard.Percentile(50).TotalMilliseconds:F1} ms, " +
            $"p99 {scorecard.Percentile(99).TotalMilliseconds:F1} ms.");
    }

    private static async Task RunConfiguredModelAsync(IReadOnlyList<CorpusCall> corpus)
    {
        var options = new ConfigurationBuilder().AddEnvironmentVariables().Build()
            .GetSection(ModelOptions.SectionName).Get<ModelOptions>() ?? new ModelOptions();
        Console.WriteLine();
        if (options.Provider == ModelProvider.Offline || options.Validate().Count > 0)
        {
            Console.WriteLine("No real model configured (Concierge__Model__Provider/ApiKey): the model-backed screener's accuracy is not measured.");
            return;
        }

        // As on a live call: the model within its deadline, the offline screener when it is late or fails.
        var model = new OpenAiScreeningBrain(options, NullLogger<OpenAiScreeningBrain>.Instance);
        var screener = new Screener(model, new OfflineScreener(), options.Deadline, TimeProvider.System, NullLogger<Screener>.Instance);
        var fallbacks = 0;
        var brain = new DelegatingBrain(model.Name, async (context, cancellationToken) =>
        {
            var outcome = await screener.ScreenAsync(context, cancellationToken);
            fallbacks += outcome.FallbackReason is null ? 0 : 1;
            return outcome.Decision;
        });
        var scorecard = await ScreeningScorecard.RunAsync(brain, corpus);
        ScreeningTable.Print($"{model.Name} (offline fallback on {fallbacks} of {corpus.Count})", scorecard);
        foreach (var (name, path) in new[] { ("fresh", CorpusCall.FreshRelativePath), ("fresh-2", CorpusCall.FreshTwoRelativePath) })
        {
            ScreeningTable.PrintFresh($"{model.Name} on {name}", await ScreeningScorecard.RunAsync(brain, CorpusCall.LoadAll(path)));
        }
    }

    private sealed class DelegatingBrain(string name, Func<ScreeningContext, CancellationToken, Task<ScreeningDecision>> decide) : IScreeningBrain
    {
        public string Name => name;

        public Task<ScreeningDecision> DecideAsync(ScreeningContext context, CancellationToken cancellationToken) => decide(context, cancellationToken);
    }
}
