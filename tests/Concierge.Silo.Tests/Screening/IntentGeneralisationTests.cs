using Concierge.Grains.Interfaces.Screening;
using Concierge.Grains.Screening;
using Concierge.TestSupport.Screening;

namespace Concierge.Silo.Tests.Screening;

/// <summary>
/// The kinds of caller issue 18 found the offline screener getting wrong, in the issue's own words: a salesperson who
/// gives a name and a company, a French "bank" or training-account caller pressing for a code, and someone in trouble
/// who never says a name. What decides them is what the caller is doing (offering, asking for a code, reporting harm),
/// so the screener must get them right without their exact wording in its corpus.
/// </summary>
public sealed class IntentGeneralisationTests
{
    private static readonly OfflineScreener Screener = new();

    [Theory]
    [InlineData("en", "Hi, this is Dan from Northside Windows, we have a special on double glazing this month.")]
    [InlineData("en", "Hello, it's Karen with Summit Lending, you've been pre-approved for a personal loan, do you have a moment?")]
    [InlineData("en", "Good morning, I'm Joe from Peak Roofing, we're doing free inspections on your street after the wind.")]
    [InlineData("fr", "Bonjour, Thierry de Rénov'Habitat, avec les aides de l'État on peut isoler votre maison pour presque rien.")]
    public void SalespersonWhoGivesANameAndACompanyIsNotPutThrough(string language, string callerWords)
    {
        Assert.Equal(ScreeningAction.End, Decide(language, callerWords).Action);
    }

    [Theory]
    [InlineData("Bonjour, service client de votre banque, c'est urgent, votre carte est bloquée, donnez-moi le code reçu par SMS pour la débloquer.")]
    [InlineData("Votre compte formation expire ce soir, c'est urgent, il faut me lire le code que vous allez recevoir.")]
    [InlineData("Bonjour, votre mutuelle santé, il nous faut vos coordonnées bancaires aujourd'hui sinon le contrat est résilié.")]
    public void FrenchScamThatClaimsUrgencyIsBlocked(string callerWords)
    {
        Assert.Equal(ScreeningAction.Block, Decide("fr", callerWords).Action);
    }

    [Theory]
    [InlineData("en", "Alex, my car's broken down on the ring road and my phone's about to die, please come and get me.")]
    [InlineData("fr", "Alex, je suis en panne sur la rocade et mon téléphone va s'éteindre, viens me chercher s'il te plaît.")]
    public void RelativeInTroubleWhoNeverSaysANameIsPutThrough(string language, string callerWords)
    {
        Assert.Equal(ScreeningAction.Transfer, Decide(language, callerWords).Action);
    }

    [Fact]
    public void PharmacyThatNeedsASubstituteApprovedTodayIsPutThrough()
    {
        var decision = Decide("en", "Hello, it's the pharmacy, your prescription is out of stock and we need you to approve a substitute today.");

        Assert.Equal(ScreeningAction.Transfer, decision.Action);
    }

    [Fact]
    public void WhereTheClassifierDecidesItsReasonQuotesTheCallersWords()
    {
        var decision = Decide("en", "Hi, this is Dan from Northside Windows, we have a special on double glazing this month.");

        Assert.Matches(@"^(Sales|Sounded like a sales or other unsolicited call)[^:]*: ", decision.Reason);
    }

    // A first-time caller's first turn, as the call flow hands it to the screener (the expected action is not read).
    private static ScreeningDecision Decide(string language, string callerWords) =>
        Screener.Decide(new CorpusCall("test-intent-01", language, "test", [callerWords], ScreeningAction.Ask).ToContext());
}
