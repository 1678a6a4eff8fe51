using Concierge.Grains.Interfaces.Screening;

namespace Concierge.Grains.Tests.Screening;

public sealed class OwnerInstructionTests
{
    private const string Lists = "Always put through: school, Dr Patel, plumber\nNever put through: surveys, recruiters";
    private const string RecruiterCall = "Hi Alex, my name is Dana, I'm a recruiter with TalentBridge, I have an exciting role you'd be perfect for.";

    [Theory]
    [InlineData("Hi, it's Dr. Patel, I'd like a word with Alex.")]
    [InlineData("Hello, I'm calling from Reliable Plumbing.")]
    [InlineData("Hi, this is Westview School.")]
    public void CallerOnTheAlwaysListIsPutThroughWithoutQuestions(string callerWords)
    {
        var decision = Calls.Decide(Calls.Context([callerWords], instructions: Lists));

        Assert.Equal(ScreeningAction.Transfer, decision.Action);
        Assert.StartsWith("The owner's instructions say always to put through", decision.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(RecruiterCall)]
    [InlineData("Hello, it's Jan from Opinion Co, could you answer a short survey?")]
    public void CallerOnTheNeverListEndsPolitely(string callerWords)
    {
        var decision = Calls.Decide(Calls.Context([callerWords], instructions: Lists));

        Assert.Equal(ScreeningAction.End, decision.Action);
        Assert.StartsWith("The owner's instructions say never to put through", decision.Reason, StringComparison.Ordinal);
    }

    /// <remarks>
    /// This test once expected the recruiter to be put through when no list names recruiters. Issue 18 counts a cold-calling
    /// recruiter among the salespeople a name and a company must not get through, so the owner's list is not needed.
    /// </remarks>
    [Fact]
    public void SameRecruiterWithoutTheOwnersListEndsAsAnUnsolicitedCall()
    {
        var decision = Calls.Decide(RecruiterCall);

        Assert.Equal(ScreeningAction.End, decision.Action);
        Assert.Equal(CallCategory.Sales, decision.Category);
    }

    [Fact]
    public void FrenchInstructionsAreUnderstood()
    {
        const string instructions = "Toujours passer : l'école, le plombier\nNe jamais passer : démarcheurs";

        Assert.Equal(ScreeningAction.Transfer, Calls.Decide(Calls.Context(["Bonjour, c'est Karim, plombier, pour votre devis."], instructions: instructions)).Action);
        Assert.Equal(ScreeningAction.End, Calls.Decide(Calls.Context(["Bonjour, c'est Kevin, je fais du démarchage téléphonique."], instructions: instructions)).Action);
    }

    [Fact]
    public void EnglishKeywordMatchesAFrenchCallerOnTheSameTopic()
    {
        var decision = Calls.Decide(Calls.Context(["Bonjour, ici le secrétariat de l'école Victor Hugo."], instructions: "Always put through: school"));

        Assert.Equal(ScreeningAction.Transfer, decision.Action);
        Assert.Equal("The owner's instructions say always to put through school.", decision.Reason);
    }

    [Fact]
    public void InstructionsWithoutListsChangeNothing()
    {
        string[] turns = ["Hi, is Alex there?"];

        var withPlainInstructions = Calls.Decide(Calls.Context(turns, instructions: "Be friendly and keep it short."));

        Assert.Equal(Calls.Decide(Calls.Context(turns)), withPlainInstructions);
    }
}
