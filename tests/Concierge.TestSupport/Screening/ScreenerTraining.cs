using Concierge.Grains.Screening;

namespace Concierge.TestSupport.Screening;

/// <summary>One way of weighing the classifier against the rules, and how it did in cross-validation on the tuning part.</summary>
public sealed record TrustResult(ClassifierTrust Trust, ScreeningScorecard CrossValidated)
{
    /// <summary>The part of the cross-validation where the rules were out of sample too: the comparison that chooses.</summary>
    public ScreeningScorecard UnseenByTheRules => CrossValidated.Where(call => call.IsUnseenByTheRules);
}

/// <summary>
/// How the offline screener's classifier is trained: on the tuning part of the corpus only (the held-out part and the
/// fresh sets are never seen). Five-fold cross-validation on the tuning part chooses how far to trust it over the rules;
/// the committed model is then trained on the whole tuning part with that trust. Deterministic: the folds are fixed
/// by the callers' order (by id) and the training has no random start.
/// The tuning part is screening-corpus.json's plus screening-corpus-tuning-2.json to -5.json. The rules were fitted to the first,
/// so cross-validation there always favours them; the trust is chosen by accuracy on the later sets (out of sample for the
/// rules and, fold by fold, for the classifier), ties broken by the whole tuning part, then by trusting the rules more.
/// </summary>
public static class ScreenerTraining
{
    public const string ModelRelativePath = "src/Grains/Screening/Offline/Learned/screening-model.json";
    private const int Folds = 5;

    /// <summary>
    /// Minimum classifier probability to replace a rule that guessed, and one that heard a phrase (above 1: never). At
    /// least one half: among five actions, a classifier that is not sure of a majority does not overrule the rules
    /// (at zero it overruled every guess it disagreed with, asking a named caller with a reason what the call is about).
    /// </summary>
    private static readonly double[] OverGuess = [0.5, 0.6, 0.7, 0.8, 0.9, 2];
    private static readonly double[] OverHeard = [0.6, 0.7, 0.8, 0.9, 0.95, 2];

    /// <summary>
    /// Every caller the classifier may learn from: the corpus's tuning part, the later tuning callers, and the team's first
    /// labelled set (the rules were tuned on it too; its held-out companion, held-out-calls.json, is never used).
    /// </summary>
    public static IReadOnlyList<CorpusCall> TuningPart() =>
        [.. CorpusCall.LoadAll().Concat(CorpusCall.LoadAll(CorpusCall.TuningTwoRelativePath)).Concat(CorpusCall.LoadAll(CorpusCall.TuningThreeRelativePath))
            .Concat(CorpusCall.LoadAll(CorpusCall.TuningFourRelativePath)).Concat(CorpusCall.LoadAll(CorpusCall.TuningFiveRelativePath))
            .Concat(TeamCall.LoadFirstTimeCallers())
            .Where(call => !call.IsHeldOut).OrderBy(call => call.Id, StringComparer.Ordinal)];

    public static ScreeningModel Train(IEnumerable<CorpusCall> calls) =>
        ScreeningModel.Train(calls.Select(call => (call.ToContext(), call.ExpectedAction)));

    /// <summary>Every trust in the grid, cross-validated on the tuning part, best first (ties: the one trusting the rules more).</summary>
    public static async Task<IReadOnlyList<TrustResult>> CrossValidateAsync(IReadOnlyList<CorpusCall> tuning)
    {
        var results = await CrossValidateAsync(tuning, OverGuess.SelectMany(guess => OverHeard.Select(heard => new ClassifierTrust(guess, heard))));
        return [.. results
            .OrderBy(result => result.CrossValidated.ScamsPutThrough.Count)
            .ThenByDescending(result => result.UnseenByTheRules.Right)
            .ThenByDescending(result => result.CrossValidated.Right)
            .ThenByDescending(result => result.Trust.OverGuess + result.Trust.OverHeard)];
    }

    /// <summary>Each trust cross-validated: every tuning caller screened by a model trained on the other four folds.</summary>
    public static async Task<IReadOnlyList<TrustResult>> CrossValidateAsync(IReadOnlyList<CorpusCall> tuning, IEnumerable<ClassifierTrust> trusts)
    {
        var folds = Enumerable.Range(0, Folds)
            .Select(fold => (Model: Train(tuning.Where((_, index) => index % Folds != fold)), Calls: tuning.Where((_, index) => index % Folds == fold).ToList()))
            .ToList();
        var results = new List<TrustResult>();
        foreach (var trust in trusts)
        {
            var scored = new List<ScoredCall>();
            foreach (var (model, calls) in folds)
            {
                scored.AddRange((await ScreeningScorecard.RunAsync(new OfflineScreener(model, trust), calls)).Calls);
            }
            results.Add(new TrustResult(trust, new ScreeningScorecard(scored)));
        }
        return results;
    }

    /// <summary>The model to commit: trained on the whole tuning part, trusted as cross-validation chose.</summary>
    public static async Task<(ScreeningModel Model, IReadOnlyList<TrustResult> Grid)> TrainForCommitAsync()
    {
        var tuning = TuningPart();
        var grid = await CrossValidateAsync(tuning);
        return (Train(tuning).TrustedAs(grid[0].Trust), grid);
    }
}
