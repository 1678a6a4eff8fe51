using Concierge.Grains.Callers;
using Concierge.Grains.Interfaces.Callers;

namespace Concierge.Grains.Tests;

public sealed class SpamScoreTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 16, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void EachSpamLikeCallHalvesTheRemainingDoubt()
    {
        var calls = new[]
        {
            new CallerCall("CA1", Monday, "blocked", "scam"),
            new CallerCall("CA2", Monday.AddDays(1), "completed", "sales"),
            new CallerCall("CA3", Monday.AddDays(2), "transferred", "personal"),
        };

        Assert.Equal(0.75, SpamScore.Of(calls, forgivenAt: null), precision: 6);
    }

    [Fact]
    public void SpamBeforeTheOwnerForgaveTheCallerNoLongerCounts()
    {
        var calls = new[] { new CallerCall("CA1", Monday, "blocked", "scam") };

        Assert.Equal(0, SpamScore.Of(calls, forgivenAt: Monday.AddHours(1)));
    }
}
