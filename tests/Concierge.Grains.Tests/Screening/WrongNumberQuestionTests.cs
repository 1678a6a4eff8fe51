using Concierge.Grains.Interfaces.Screening;

namespace Concierge.Grains.Tests.Screening;

/// <summary>A caller who asks whether they reached a shop or someone else has dialled a wrong number, though they never say so.</summary>
public sealed class WrongNumberQuestionTests
{
    [Theory]
    [InlineData("hello, is this the bakery? I'd like to order a birthday cake for Saturday")]
    [InlineData("hi, is Marcus there? it's about the squash game tomorrow")]
    [InlineData("oh hello Mr Patel? it's about your glasses. Oh, this isn't Mr Patel, sorry")]
    [InlineData("allô, c'est bien la boulangerie ? je voudrais commander un gâteau pour samedi")]
    [InlineData("bonjour, Julie est là ? c'est pour le tennis demain")]
    public void CallerAskingForSomeoneElseIsToldTheyHaveTheWrongNumber(string callerWords)
    {
        var decision = Calls.Decide(callerWords);

        Assert.Equal(ScreeningAction.End, decision.Action);
        Assert.StartsWith("The caller dialled the wrong number", decision.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hi, is that Alex? it's Dr Rossi's office, your test results are in and the doctor would like to talk to you today")]
    [InlineData("is this the Miller house? it's the school nurse, your son fell in the playground")]
    [InlineData("hello, is anyone there? it's Grandma, I've had a fall and can't get up")]
    public void CallerWhoAsksForTheOwnerOrBringsTheirAffairsIsNotAWrongNumber(string callerWords)
    {
        var decision = Calls.Decide(callerWords);

        Assert.DoesNotContain("wrong number", decision.Reason, StringComparison.Ordinal);
        Assert.NotEqual(ScreeningAction.End, decision.Action);
    }
}
