using Concierge.Grains.Interfaces.Screening;
using Concierge.Grains.Screening;
using Concierge.TestSupport;
using Concierge.TestSupport.Screening;

namespace Concierge.Silo.Tests.Screening;

/// <summary>
/// The offline screener's trained classifier: reproducible from the tuning part alone, and where it overrules the rules
/// on callers neither has seen, it fixes more than it breaks and says in words why.
/// </summary>
public sealed class ScreeningClassifierTests
{
    [Fact]
    public void CommittedModelIsWhatTrainingOnTheTuningPartWritesAgain()
    {
        var committed = ScreeningModel.Default;

        var retrained = ScreenerTraining.Train(ScreenerTraining.TuningPart()).TrustedAs(committed.Trust);

        Assert.Equal(RepositoryFile.Read(ScreenerTraining.ModelRelativePath).ReplaceLineEndings("\n"), retrained.ToJson());
    }

    [Fact]
    public void ClassifierLearnsFromNoHeldOutOrFreshCaller()
    {
        var heldOut = CorpusCall.LoadAll().Where(call => call.IsHeldOut)
            .Concat(CorpusCall.LoadAll(CorpusCall.FreshRelativePath))
            .Concat(CorpusCall.LoadAll(CorpusCall.FreshTwoRelativePath))
            .Select(call => call.Id)
            .ToHashSet();

        var tuning = ScreenerTraining.TuningPart();

        Assert.True(tuning.Count >= 450, $"{tuning.Count} tuning callers");
        Assert.Empty(tuning.Where(call => call.IsHeldOut || heldOut.Contains(call.Id)).Select(call => call.Id));
    }

    [Fact]
    public async Task WhereTheClassifierOverrulesTheRulesOnUnseenCallersItFixesMoreThanItBreaksAndSaysWhy()
    {
        var unseen = CorpusCall.LoadAll().Where(call => call.IsHeldOut).Concat(CorpusCall.LoadAll(CorpusCall.FreshRelativePath)).ToList();
        var rules = await ScreeningScorecard.RunAsync(new OfflineScreener(ScreeningModel.Default, ClassifierTrust.RulesOnly), unseen);
        var combined = await ScreeningScorecard.RunAsync(new OfflineScreener(), unseen);

        var overruled = rules.Calls.Zip(combined.Calls).Where(pair => pair.First.Decision.Action != pair.Second.Decision.Action).ToList();

        Assert.NotEmpty(overruled);
        Assert.True(overruled.Count(pair => pair.Second.IsRight) > overruled.Count(pair => pair.First.IsRight),
            string.Join("\n", overruled.Select(pair => $"{pair.First.Call.Id}: {pair.First.Decision.Action} → {pair.Second.Decision.Action} ({pair.Second.Decision.Reason})")));
        Assert.All(overruled, pair => Assert.Matches(@"^(Sounded (like|urgent)[^:.]*: [\p{L}\d' ]+(, [\p{L}\d' ]+)*\.|Not clear yet)", pair.Second.Decision.Reason));
    }

    [Theory]
    [InlineData("Hi, is Alex there?")]
    [InlineData("Bonjour, je voudrais parler à Alex.")]
    [InlineData("Hello, this is Dan, Alex knows me.")]
    public void CallerWhoGaveNoReasonIsAskedNeverPutThroughOnTheClassifiersWord(string callerWords)
    {
        var decision = new OfflineScreener().Decide(new CorpusCall("test-no-reason-01", "en", "unnamed", [callerWords], ScreeningAction.Ask).ToContext());

        Assert.Equal(ScreeningAction.Ask, decision.Action);
    }
}
