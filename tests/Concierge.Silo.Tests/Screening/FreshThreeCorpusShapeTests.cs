using System.Globalization;
using Concierge.TestSupport.Screening;

namespace Concierge.Silo.Tests.Screening;

/// <summary>
/// The fresh-3 held-out set (screening-corpus-fresh-3.json) is only worth measuring on if it is what it claims to be:
/// large, both languages in about equal measure, every kind of caller, and every caller held out under an id that says
/// its language and group. Its accuracy is printed by ./bench.sh screening, not asserted here.
/// </summary>
public sealed class FreshThreeCorpusShapeTests
{
    // The kinds of caller issue 18 asks the screener to tell apart; CPF and carte Vitale scams are French only.
    private static readonly string[] Groups =
    [
        "family", "emergency", "medical", "school", "authority", "work", "delivery", "appointment", "sales", "survey",
        "charity", "political", "wrong-number", "unnamed", "scam-bank", "scam-benefits", "scam-cpf-vitale", "scam-crypto",
        "scam-impersonation", "scam-parcel", "scam-prize", "scam-tax", "scam-tech", "scam-utility",
    ];

    private static readonly IReadOnlyList<CorpusCall> FreshThree = CorpusCall.LoadAll(CorpusCall.FreshThreeRelativePath);

    [Fact]
    public void HasAtLeast240CallersAboutHalfInEnglishAndHalfInFrench()
    {
        Assert.True(FreshThree.Count >= 240, $"{FreshThree.Count} callers");
        Assert.Equal(["en", "fr"], FreshThree.Select(call => call.Language).Distinct().Order(StringComparer.Ordinal));
        Assert.InRange(FreshThree.Count(call => call.Language == "fr") / (double)FreshThree.Count, 0.45, 0.55);
    }

    [Fact]
    public void CoversEveryGroupAndNoOther()
    {
        Assert.Equal(Groups.Order(StringComparer.Ordinal), FreshThree.Select(call => call.Group).Distinct().Order(StringComparer.Ordinal));
        foreach (var group in Groups.Where(group => group != "scam-cpf-vitale"))
        {
            Assert.True(FreshThree.Any(call => call.Group == group && call.Language == "en"), $"no English {group} caller");
            Assert.True(FreshThree.Any(call => call.Group == group && call.Language == "fr"), $"no French {group} caller");
        }
    }

    [Fact]
    public void EveryCallerIsHeldOutUnderAUniqueIdNamingItsLanguageAndGroupNumberedFromOne()
    {
        Assert.Equal(FreshThree.Count, FreshThree.Select(call => call.Id).Distinct().Count());
        foreach (var group in FreshThree.GroupBy(call => (call.Language, call.Group)))
        {
            var expectedIds = Enumerable.Range(1, group.Count())
                .Select(n => string.Create(CultureInfo.InvariantCulture, $"fresh-3-{group.Key.Language}-{group.Key.Group}-{n:D2}"));
            Assert.Equal(expectedIds, group.Select(call => call.Id));
        }
        Assert.All(FreshThree, call => Assert.True(call.IsHeldOut, call.Id));
    }

    [Fact]
    public void EveryCallerSaysSomethingInOneToThreeTurns()
    {
        Assert.All(FreshThree, call =>
        {
            Assert.InRange(call.CallerTurns.Count, 1, 3);
            Assert.All(call.CallerTurns, turn => Assert.False(string.IsNullOrWhiteSpace(turn), call.Id));
            Assert.False(call.IsLastTurn, call.Id);
        });
    }
}
