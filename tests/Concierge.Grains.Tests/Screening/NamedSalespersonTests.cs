using Concierge.Grains.Interfaces.Screening;
using Concierge.Grains.Screening;

namespace Concierge.Grains.Tests.Screening;

/// <summary>
/// A salesperson who says who they are and why is still selling: "name + reason" puts through only a caller with some
/// tie to the owner (an order, an appointment, an account, a job they asked for, a colleague, one of their people).
/// </summary>
public sealed class NamedSalespersonTests
{
    [Theory]
    [InlineData("Hi, this is Dan from Northside Windows, we're doing complimentary measuring for new doors this month")]
    [InlineData("Hello, it's Maya, I'm a consultant with a digital agency, we help companies like yours get more reviews online")]
    [InlineData("Good morning, my name is Ravi with Summit Lending, you've been pre approved for a home renovation loan")]
    [InlineData("Hi is that Alex? Great, this is Jo from Brightway Roofing, we're offering gutter cleaning at half the usual price on your road")]
    [InlineData("Bonjour, Julien de la société Thermo Confort, je vous appelle pour vous présenter nos nouvelles chaudières avec les aides de l'État")]
    [InlineData("Bonjour, c'est Sarah, conseillère chez Batiplus, on propose un partenariat aux artisans de votre secteur")]
    public void NamedSalespersonWithAPitchIsEndedPolitelyNeverPutThrough(string callerWords)
    {
        var decision = Calls.Decide(callerWords);

        Assert.Equal(ScreeningAction.End, decision.Action);
        Assert.Equal(CallCategory.Sales, decision.Category);
    }

    [Fact]
    public void NamedSalespersonIsEndedWithAReasonAnOwnerUnderstands()
    {
        var rulesAlone = new OfflineScreener(ScreeningModel.Default, ClassifierTrust.RulesOnly);

        var decision = rulesAlone.Decide(Calls.Context(["Hello, it's Maya, I'm an adviser at a web design firm and I'd like to walk you through some options for a new website"]));

        Assert.Equal(ScreeningAction.End, decision.Action);
        Assert.Equal(
            "Maya is selling (the caller said \"walk you through\"), and nothing ties the call to Alex (no order, appointment, account or request of theirs), so the call was ended politely.",
            decision.Reason);
    }

    [Theory]
    [InlineData("Hi, it's Jonas, I work with Alex, the client is ready to sign but wants the discount approved before noon, can you call in")]
    [InlineData("Bonjour, c'est Marc, je travaille avec Alex chez Orange, j'ai besoin de son accord sur le devis avant midi")]
    [InlineData("Hi, this is Omar from Greenline Landscaping, about the quote you asked for, your backyard job, I need your go-ahead today to keep the slot")]
    public void NamedCallerWithARealTieToTheOwnerIsStillPutThrough(string callerWords)
    {
        var decision = Calls.Decide(callerWords);

        Assert.Equal(ScreeningAction.Transfer, decision.Action);
    }

    [Theory]
    [InlineData("Hi, this is Dan from Northside Bank, we have a special offer for you, but first read me the code we just texted you")]
    [InlineData("Bonjour, Julien du service client de votre banque, une offre exclusive vous attend, donnez-moi le code reçu par SMS")]
    public void NamedCallerWithAnOfferWhoAsksForACodeIsStillBlockedAsAScam(string callerWords)
    {
        var decision = Calls.Decide(callerWords);

        Assert.Equal(ScreeningAction.Block, decision.Action);
        Assert.Equal(CallCategory.Scam, decision.Category);
    }
}
