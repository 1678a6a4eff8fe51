using System.Globalization;
using Concierge.TestSupport.Screening;

namespace Concierge.Silo.Tests.Screening;

/// <summary>
/// The outsider's set (screening-corpus-tuning-5.json, once held out as fresh-3) is only worth training on if it is what
/// it claims to be: large, both languages in about equal measure, every kind of caller, and every caller in the tuning
/// part, unseen by the rules, under an id that says its language and group. Cross-validation counts it in
/// ./bench.sh train-screener and ./bench.sh screening.
/// </summary>
public sealed class TuningFiveCorpusShapeTests
{
    // The kinds of caller issue 18 asks the screener to tell apart; CPF and carte Vitale scams are French only.
    private static readonly string[] Groups =
    [
        "family", "emergency", "medical", "school", "authority", "work", "delivery", "appointment", "sales", "survey",
        "charity", "political", "wrong-number", "unnamed", "scam-bank", "scam-benefits", "scam-cpf-vitale", "scam-crypto",
        "scam-impersonation", "scam-parcel", "scam-prize", "scam-tax", "scam-tech", "scam-utility",
    ];

    private static readonly IReadOnlyList<CorpusCall> TuningFive = CorpusCall.LoadAll(CorpusCall.TuningFiveRelativePath);

    [Fact]
    public void HasAtLeast240CallersAboutHalfInEnglishAndHalfInFrench()
    {
        Assert.True(TuningFive.Count >= 240, $"{TuningFive.Count} callers");
        Assert.Equal(["en", "fr"], TuningFive.Select(call => call.Language).Distinct().Order(StringComparer.Ordinal));
        Assert.InRange(TuningFive.Count(call => call.Language == "fr") / (double)TuningFive.Count, 0.45, 0.55);
    }

    [Fact]
    public void CoversEveryGroupAndNoOther()
    {
        Assert.Equal(Groups.Order(StringComparer.Ordinal), TuningFive.Select(call => call.Group).Distinct().Order(StringComparer.Ordinal));
        foreach (var group in Groups.Where(group => group != "scam-cpf-vitale"))
        {
            Assert.True(TuningFive.Any(call => call.Group == group && call.Language == "en"), $"no English {group} caller");
            Assert.True(TuningFive.Any(call => call.Group == group && call.Language == "fr"), $"no French {group} caller");
        }
    }

    [Fact]
    public void EveryCallerIsATuningCallerUnseenByTheRulesUnderAUniqueIdNamingItsLanguageAndGroupNumberedFromOne()
    {
        Assert.Equal(TuningFive.Count, TuningFive.Select(call => call.Id).Distinct().Count());
        foreach (var group in TuningFive.GroupBy(call => (call.Language, call.Group)))
        {
            var expectedIds = Enumerable.Range(1, group.Count())
                .Select(n => string.Create(CultureInfo.InvariantCulture, $"tuning-5-{group.Key.Language}-{group.Key.Group}-{n:D2}"));
            Assert.Equal(expectedIds, group.Select(call => call.Id));
        }
        Assert.All(TuningFive, call => Assert.True(!call.IsHeldOut && call.IsUnseenByTheRules, call.Id));
    }

    [Fact]
    public void TheClassifierTrainsOnEveryCaller()
    {
        var tuning = ScreenerTraining.TuningPart().Select(call => call.Id).ToHashSet(StringComparer.Ordinal);

        Assert.All(TuningFive, call => Assert.Contains(call.Id, tuning));
    }

    [Fact]
    public void EveryCallerSaysSomethingInOneToThreeTurns()
    {
        Assert.All(TuningFive, call =>
        {
            Assert.InRange(call.CallerTurns.Count, 1, 3);
            Assert.All(call.CallerTurns, turn => Assert.False(string.IsNullOrWhiteSpace(turn), call.Id));
            Assert.False(call.IsLastTurn, call.Id);
        });
    }
}
