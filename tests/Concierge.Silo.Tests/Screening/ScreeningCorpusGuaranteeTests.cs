using Concierge.Grains.Interfaces.Screening;
using Concierge.Grains.Screening;
using Concierge.TestSupport.Screening;

namespace Concierge.Silo.Tests.Screening;

/// <summary>
/// What must never regress in the offline screener (rules and classifier as committed), measured on the screening corpus
/// and the sets written after it (the figures themselves are printed by ./bench.sh screening). The accuracy floors sit
/// a point or two under what the screener reached when the outsider's set (once fresh-3) joined the tuning part
/// (tuning 99.7%, held-out 93.8%, fresh 95.0%, fresh-2 96.9%), so a change that makes it generalise worse fails here.
/// No scam put through stays absolute.
/// </summary>
public sealed class ScreeningCorpusGuaranteeTests
{
    private const double TuningFloor = 0.98;
    private const double HeldOutFloor = 0.92;
    private const double FreshFloor = 0.93;
    private const double FreshTwoFloor = 0.95;

    private static readonly IReadOnlyList<CorpusCall> Corpus = CorpusCall.LoadAll();

    /// <summary>Every scam the team wrote (the corpus and every set written after it, the outsider's tuning-5 aside).</summary>
    private static IEnumerable<CorpusCall> TeamScams() => Corpus
        .Concat(CorpusCall.LoadAll(CorpusCall.TuningTwoRelativePath))
        .Concat(CorpusCall.LoadAll(CorpusCall.TuningThreeRelativePath))
        .Concat(CorpusCall.LoadAll(CorpusCall.TuningFourRelativePath))
        .Concat(CorpusCall.LoadAll(CorpusCall.FreshRelativePath))
        .Concat(CorpusCall.LoadAll(CorpusCall.FreshTwoRelativePath))
        .Where(call => call.IsScam);

    private static IEnumerable<CorpusCall> EveryScam() =>
        TeamScams().Concat(CorpusCall.LoadAll(CorpusCall.TuningFiveRelativePath).Where(call => call.IsScam));

    [Fact]
    public async Task NoScamInTheCorpusOrTheSetsWrittenAfterItIsPutThrough()
    {
        var scorecard = await ScreeningScorecard.RunAsync(new OfflineScreener(), EveryScam());

        Assert.True(scorecard.Calls.Count >= 180, $"{scorecard.Calls.Count} scams");
        Assert.Empty(scorecard.ScamsPutThrough.Select(scored => $"{scored.Call.Id}: {scored.Decision.Reason}"));
    }

    /// <summary>
    /// The rules are the safety layer the classifier cannot overrule, so they must hold on their own: a scam they put
    /// through is one a classifier that learnt otherwise could not stop. Measured on the team's scams: on tuning-5 (the
    /// outsider's set, once held out as fresh-3) the rules alone put one tech-support scam through that the classifier
    /// blocks, and reading it to write a rule would fit the rules to the set whose cross-validation chooses the trust
    /// because the rules never saw it.
    /// </summary>
    [Fact]
    public async Task TheRulesAlonePutNoScamThrough()
    {
        var rulesAlone = new OfflineScreener(ScreeningModel.Default, ClassifierTrust.RulesOnly);

        var scorecard = await ScreeningScorecard.RunAsync(rulesAlone, TeamScams());

        Assert.Empty(scorecard.ScamsPutThrough.Select(scored => $"{scored.Call.Id}: {scored.Decision.Reason}"));
    }

    [Fact]
    public async Task AccuracyStaysAboveItsFloorsOnTheSetsWrittenAfterTheCorpus()
    {
        var fresh = await ScreeningScorecard.RunAsync(new OfflineScreener(), CorpusCall.LoadAll(CorpusCall.FreshRelativePath));
        var freshTwo = await ScreeningScorecard.RunAsync(new OfflineScreener(), CorpusCall.LoadAll(CorpusCall.FreshTwoRelativePath));

        Assert.True(fresh.Accuracy >= FreshFloor, $"fresh accuracy {fresh.Accuracy:P1} is below {FreshFloor:P0}");
        Assert.True(freshTwo.Accuracy >= FreshTwoFloor, $"fresh-2 accuracy {freshTwo.Accuracy:P1} is below {FreshTwoFloor:P0}");
    }

    [Fact]
    public async Task AccuracyStaysAboveItsFloorsOnTheTuningAndTheHeldOutPart()
    {
        var scorecard = await ScreeningScorecard.RunAsync(new OfflineScreener(), Corpus);

        var tuning = scorecard.Where(call => !call.IsHeldOut);
        var heldOut = scorecard.Where(call => call.IsHeldOut);
        Assert.True(tuning.Accuracy >= TuningFloor, $"tuning accuracy {tuning.Accuracy:P1} is below {TuningFloor:P0}");
        Assert.True(heldOut.Accuracy >= HeldOutFloor, $"held-out accuracy {heldOut.Accuracy:P1} is below {HeldOutFloor:P0}");
    }

    [Theory]
    [InlineData("It's urgent, it's your son, I'm at the hospital and they need the code that was just texted to you.")]
    [InlineData("Hi Alex, it's Dave from work, emergency, the client is furious, buy three gift cards and read me the numbers.")]
    [InlineData("This is the fraud team, your savings are at risk right now, tell me your card number so we can protect them.")]
    [InlineData("Hello, police department, your identity was stolen, I need your bank details immediately to secure your money.")]
    [InlineData("Your computer is sending out your passwords, let me take remote access now before it's too late.")]
    [InlineData("Maman c'est moi, c'est très urgent, j'ai eu un accident, donne-moi le code que tu viens de recevoir par SMS.")]
    [InlineData("Ici le service sécurité de votre banque, c'est urgent, il me faut votre numéro de carte tout de suite.")]
    [InlineData("Bonjour, c'est la gendarmerie, votre compte est piraté, communiquez-moi votre IBAN immédiatement.")]
    [InlineData("C'est Paul ton collègue, urgence, achète des cartes cadeaux et envoie-moi les codes.")]
    [InlineData("Salut c'est Marc du bureau, urgence, achète des cartes Google Play tout de suite et envoie-moi les photos.")]
    public void RequestsForCodesCardsBankDetailsGiftCardsOrRemoteAccessAreNeverPutThroughHoweverUrgent(string callerWords)
    {
        var decision = new OfflineScreener().Decide(new CorpusCall("test-request-01", "en", "scam", [callerWords], ScreeningAction.Block).ToContext());

        Assert.Equal(ScreeningAction.Block, decision.Action);
        Assert.Equal(CallCategory.Scam, decision.Category);
    }

    [Theory]
    [InlineData("hey it's me, pick up")]
    [InlineData("It's me. Call me back.")]
    [InlineData("allô c'est moi, décroche")]
    [InlineData("C'est moi, rappelle-moi.")]
    public void ItsMeCallerWithoutANameGetsOneClarifyingQuestionNotAnEnd(string callerWords)
    {
        var screener = new OfflineScreener();

        var first = screener.Decide(new CorpusCall("test-me-01", "en", "unnamed", [callerWords], ScreeningAction.Ask).ToContext());
        var atTheLastTurn = screener.Decide(new CorpusCall("test-me-02", "en", "unnamed", [callerWords, callerWords], ScreeningAction.TakeMessage, IsLastTurn: true).ToContext());

        Assert.Equal(ScreeningAction.Ask, first.Action);
        Assert.Equal(ScreeningAction.TakeMessage, atTheLastTurn.Action);
    }

    [Fact]
    public void CorpusHasSeveralHundredCallersHalfInFrenchAndAThirdOfEachGroupHeldOut()
    {
        Assert.True(Corpus.Count >= 400, $"{Corpus.Count} callers");
        Assert.InRange(Corpus.Count(call => call.Language == "fr") / (double)Corpus.Count, 0.45, 0.55);
        Assert.Equal(Corpus.Count, Corpus.Select(call => call.Id).Distinct().Count());
        foreach (var group in Corpus.GroupBy(call => (call.Language, call.Group)).Where(group => group.Count() >= 3))
        {
            Assert.Equal(group.Count() / 3, group.Count(call => call.IsHeldOut));
        }
    }
}
