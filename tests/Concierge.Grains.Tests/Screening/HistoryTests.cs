using Concierge.Grains.Interfaces.Screening;

namespace Concierge.Grains.Tests.Screening;

public sealed class HistoryTests
{
    private static readonly DateTimeOffset LastWeek = new(2025, 1, 6, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void KnownSpammerIsBlockedEvenWhenPolite()
    {
        var history = new CallerHistory(5, null, ["ended"], SpamScore: 0.8, LastWeek);

        var decision = Calls.Decide(Calls.Context(["Good afternoon! This is Sam, I'd love a moment of Alex's time about the book club."], history));

        Assert.Equal(ScreeningAction.Block, decision.Action);
        Assert.Equal(CallCategory.Spam, decision.Category);
        Assert.Equal("Known spam caller (spam score 0.80).", decision.Reason);
    }

    [Fact]
    public void CallerJustUnderTheSpamThresholdIsScreenedOnTheirWords()
    {
        var history = new CallerHistory(5, null, ["ended"], SpamScore: 0.69, LastWeek);

        var decision = Calls.Decide(Calls.Context(["Hi, this is Sam, it's about the book club on Friday."], history));

        Assert.Equal(ScreeningAction.Transfer, decision.Action);
    }

    [Fact]
    public void CallerBlockedLastTimeIsBlockedAgain()
    {
        var history = new CallerHistory(1, "Mark", ["ended", "blocked"], SpamScore: 0.2, LastWeek);

        var decision = Calls.Decide(Calls.Context(["Hello, this is Mark, I have a question about the invoice."], history));

        Assert.Equal(ScreeningAction.Block, decision.Action);
    }

    [Fact]
    public void CallerPutThroughSinceTheirBlockIsNotBlocked()
    {
        var history = new CallerHistory(3, "Mark", ["transferred", "blocked"], SpamScore: 0.2, LastWeek);

        var decision = Calls.Decide(Calls.Context(["Hello, this is Mark, I have a question about the invoice."], history));

        Assert.Equal(ScreeningAction.Transfer, decision.Action);
    }

    [Theory]
    [InlineData("Hey, is Alex around?")]
    [InlineData("Salut, Alex est là ?")]
    public void VagueCallerPutThroughLastTimeIsPutThroughAndGreetedByName(string callerWords)
    {
        var history = new CallerHistory(4, "Sam", ["message", "transferred"], SpamScore: 0, LastWeek);

        var decision = Calls.Decide(Calls.Context([callerWords], history));

        Assert.Equal(ScreeningAction.Transfer, decision.Action);
        Assert.Equal("Sam", decision.CallerName);
        Assert.Contains("Sam", decision.Reply, StringComparison.Ordinal);
        Assert.Equal("Sam was put through on their last call.", decision.Reason);
    }

    [Fact]
    public void KnownNameWithoutAnEarlierTransferIsGreetedAndAskedWhy()
    {
        var history = new CallerHistory(1, "Paul", ["message"], SpamScore: 0, LastWeek);

        var decision = Calls.Decide(Calls.Context(["Hi, is Alex there?"], history));

        Assert.Equal(ScreeningAction.Ask, decision.Action);
        Assert.Equal("Thanks Paul. What is the call about?", decision.Reply);
    }

    [Fact]
    public void TrustedCallerWhoIsNowSellingIsNotPutThrough()
    {
        var history = new CallerHistory(2, "Greg", ["transferred"], SpamScore: 0.1, LastWeek);

        var decision = Calls.Decide(Calls.Context(["Hi, it's Greg, we have a special offer on extended warranties."], history));

        Assert.Equal(ScreeningAction.End, decision.Action);
    }
}
