using System.Globalization;
using Concierge.TestSupport;
using Concierge.TestSupport.Screening;

namespace Concierge.Benchmarks;

/// <summary>
/// ./bench.sh train-screener: cross-validates how far to trust the classifier on the corpus's tuning part, prints the
/// grid, and writes the model trained on the whole tuning part to src/Grains/Screening/Offline/Learned/screening-model.json
/// (rebuild to ship it). The same corpus always writes the same file.
/// </summary>
internal static class ScreenerTrainingCommand
{
    public static async Task RunAsync()
    {
        var (model, grid) = await ScreenerTraining.TrainForCommitAsync();
        Console.WriteLine();
        Console.WriteLine("Five-fold cross-validation on the tuning part (classifier trained on four fifths, measured on the fifth):");
        Console.WriteLine();
        Console.WriteLine("| trust over a guess | trust over a phrase heard | tuning callers the rules never saw | whole tuning part | scams put through |");
        Console.WriteLine("|---:|---:|---:|---:|---:|");
        foreach (var result in grid)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {Threshold(result.Trust.OverGuess)} | {Threshold(result.Trust.OverHeard)} | {Ratio(result.UnseenByTheRules)} | {Ratio(result.CrossValidated)} | {result.CrossValidated.ScamsPutThrough.Count} |"));
        }
        PrintMisses(grid[0], grid.Single(result => result.Trust.OverGuess > 1 && result.Trust.OverHeard > 1));
        await File.WriteAllTextAsync(RepositoryFile.Path(ScreenerTraining.ModelRelativePath), model.ToJson());
        Console.WriteLine();
        Console.WriteLine($"Wrote {ScreenerTraining.ModelRelativePath}: {model.FeatureCount} features, {model.Actions.Count} actions, trust {model.Trust}.");
    }

    /// <summary>
    /// The chosen trust's cross-validated misses among the callers the rules never saw: where more tuning data is wanted.
    /// Tuning callers only (the held-out part is never loaded here), so reading them does not leak the measure.
    /// </summary>
    private static void PrintMisses(TrustResult chosen, TrustResult rulesAlone)
    {
        Console.WriteLine();
        Console.WriteLine("Scams the rules alone put through in the tuning part (the classifier catches these; the rules should too):");
        foreach (var scam in rulesAlone.CrossValidated.ScamsPutThrough)
        {
            Console.WriteLine($"  {scam.Call.Id}: {scam.Decision.Reason}");
        }
        Console.WriteLine();
        Console.WriteLine("Cross-validated misses at the chosen trust, tuning callers the rules never saw:");
        foreach (var miss in chosen.UnseenByTheRules.Calls.Where(call => !call.IsRight))
        {
            Console.WriteLine($"  {miss.Call.Id}: expected {miss.Call.ExpectedAction}, got {miss.Decision.Action} ({miss.Decision.Reason})");
        }
    }

    private static string Ratio(ScreeningScorecard part) =>
        string.Create(CultureInfo.InvariantCulture, $"{part.Right}/{part.Calls.Count} ({part.Accuracy:P1})");

    private static string Threshold(double value) => value > 1 ? "never" : value.ToString("0.##", CultureInfo.InvariantCulture);
}
