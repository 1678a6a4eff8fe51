using Concierge.Grains.Interfaces.Screening;

namespace Concierge.Grains.Tests.Screening;

public sealed class FollowUpQuestionTests
{
    [Theory]
    [InlineData("Hello?")]
    [InlineData("Hi, is Alex there?")]
    [InlineData("Can I speak to Alex please?")]
    public void UnclearCallerIsAskedWhoIsCallingAndWhy(string callerWords)
    {
        var decision = Calls.Decide(callerWords);

        Assert.Equal(ScreeningAction.Ask, decision.Action);
        Assert.Equal("May I ask who's calling, and what it's about?", decision.Reply);
    }

    [Fact]
    public void NamedCallerWithoutAReasonIsAskedOnlyWhatItIsAbout()
    {
        var decision = Calls.Decide("Hi, this is Sam.");

        Assert.Equal(ScreeningAction.Ask, decision.Action);
        Assert.Equal("Thanks Sam. What is the call about?", decision.Reply);
    }

    [Fact]
    public void CallerWithAReasonButNoNameIsAskedOnlyWhoIsCalling()
    {
        var decision = Calls.Decide("I'm calling about the bike you listed online.");

        Assert.Equal(ScreeningAction.Ask, decision.Action);
        Assert.Equal("May I tell Alex who's calling?", decision.Reply);
        Assert.Equal("the bike you listed online", decision.Purpose);
    }

    [Theory]
    [InlineData("Allô ?", "Puis-je savoir qui est à l'appareil, et à quel sujet ?")]
    [InlineData("Bonjour, je voudrais parler à Alex.", "Puis-je savoir qui est à l'appareil, et à quel sujet ?")]
    [InlineData("Oui bonjour, c'est Nicolas.", "Merci Nicolas. C'est à quel sujet ?")]
    public void FrenchUnclearCallerIsAskedInFrench(string callerWords, string question)
    {
        var decision = Calls.Decide(callerWords);

        Assert.Equal(ScreeningAction.Ask, decision.Action);
        Assert.Equal(question, decision.Reply);
    }

    [Fact]
    public void SecondTurnThatClarifiesIsPutThrough()
    {
        var decision = Calls.Decide("Hi, is Alex around?", "Sorry, it's Ben, his brother. I'm stuck at the station and need a lift.");

        Assert.Equal(ScreeningAction.Transfer, decision.Action);
        Assert.Equal("Ben", decision.CallerName);
    }

    [Fact]
    public void DecisionWeighsEveryCallerTurnNotOnlyTheLatest()
    {
        var decision = Calls.Decide("Hi, this is Sam.", "It's about the trip.");

        Assert.Equal(ScreeningAction.Transfer, decision.Action);
        Assert.Equal("Sam", decision.CallerName);
        Assert.Equal("the trip", decision.Purpose);
    }

    [Fact]
    public void UnclearCallerAtTheLastTurnLeavesAMessageInsteadOfBeingAskedAgain()
    {
        var decision = Calls.Decide(Calls.Context(["Hello?", "Is Alex there or not?"], isLastTurn: true));

        Assert.Equal(ScreeningAction.TakeMessage, decision.Action);
        Assert.Equal("Still no name or reason at the last turn, so the caller was asked for a message.", decision.Reason);
    }

    [Fact]
    public void SameUnclearCallerBeforeTheLastTurnIsAskedAgain()
    {
        var decision = Calls.Decide(Calls.Context(["Hello?", "Is Alex there or not?"], isLastTurn: false));

        Assert.Equal(ScreeningAction.Ask, decision.Action);
    }
}
