using System.Globalization;
using Concierge.Grains.Screening;
using Concierge.TestSupport.Screening;

namespace Concierge.Benchmarks;

/// <summary>
/// The rules alone, the classifier alone (behind the rules' safety layer) and the two combined as committed, on every
/// set: the tuning part cross-validated (a model trained on four fifths screens the fifth), the held-out part and the
/// fresh sets screened by the committed model, which never saw them.
/// </summary>
internal static class ScreeningComparison
{
    public static async Task PrintAsync()
    {
        var committed = ScreeningModel.Default;
        var screeners = new[]
        {
            ("rules only", ClassifierTrust.RulesOnly),
            ("classifier only (safety layer kept)", new ClassifierTrust(0, 0)),
            ("rules + classifier (committed)", committed.Trust),
        };
        var tuning = ScreenerTraining.TuningPart();
        var crossValidated = await ScreenerTraining.CrossValidateAsync(tuning, screeners.Select(screener => screener.Item2));
        var sets = new[]
        {
            ("held-out", CorpusCall.LoadAll().Where(call => call.IsHeldOut).ToList()),
            ("fresh", CorpusCall.LoadAll(CorpusCall.FreshRelativePath).ToList()),
            ("fresh-2", CorpusCall.LoadAll(CorpusCall.FreshTwoRelativePath).ToList()),
        };
        Console.WriteLine();
        Console.WriteLine($"### Rules, classifier, both ({tuning.Count} tuning callers, {committed.FeatureCount} features)");
        Console.WriteLine();
        var setColumns = string.Concat(sets.Select(set => $" {set.Item1} | {set.Item1} en | {set.Item1} fr |"));
        Console.WriteLine($"| screener | tuning (5-fold CV) | of which unseen by the rules |{setColumns} scams put through (all sets) | p50 µs | p99 µs |");
        Console.WriteLine("|---|" + string.Concat(Enumerable.Repeat("---:|", 2 + 3 * sets.Length + 3)));
        for (var index = 0; index < screeners.Length; index++)
        {
            var (name, trust) = screeners[index];
            var screener = new OfflineScreener(committed.TrustedAs(trust), trust);
            var scored = new List<ScreeningScorecard>();
            foreach (var (_, calls) in sets)
            {
                scored.Add(await ScreeningScorecard.RunAsync(screener, calls));
            }
            var timed = await TimeAsync(screener, sets.SelectMany(set => set.Item2).ToList());
            var cv = crossValidated[index];
            var scams = cv.CrossValidated.ScamsPutThrough.Count + scored.Sum(set => set.ScamsPutThrough.Count);
            var setCells = string.Concat(scored.Select(set =>
                $" {Ratio(set)} | {Ratio(set.Where(call => call.Language == "en"))} | {Ratio(set.Where(call => call.Language == "fr"))} |"));
            Console.WriteLine($"| {name} | {Ratio(cv.CrossValidated)} | {Ratio(cv.UnseenByTheRules)} |{setCells} {scams} | " +
                string.Create(CultureInfo.InvariantCulture, $"{timed.Percentile(50).TotalMicroseconds:F0} | {timed.Percentile(99).TotalMicroseconds:F0} |"));
        }
    }

    /// <summary>Decision times after warm-up passes (the JIT's optimised tier), so rules and classifier compare in the steady state.</summary>
    private static async Task<ScreeningScorecard> TimeAsync(OfflineScreener screener, IReadOnlyList<CorpusCall> calls)
    {
        for (var pass = 0; pass < 20; pass++)
        {
            await ScreeningScorecard.RunAsync(screener, calls);
        }
        return await ScreeningScorecard.RunAsync(screener, calls);
    }

    private static string Ratio(ScreeningScorecard part) =>
        string.Create(CultureInfo.InvariantCulture, $"{part.Right}/{part.Calls.Count} ({part.Accuracy:P1})");
}
