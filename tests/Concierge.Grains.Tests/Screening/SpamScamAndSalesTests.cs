using Concierge.Grains.Interfaces.Screening;

namespace Concierge.Grains.Tests.Screening;

public sealed class SpamScamAndSalesTests
{
    [Theory]
    [InlineData("This is the IRS. You owe back taxes and will be arrested unless you pay today.", "Scam: the caller claims to be a government office (irs) and makes a threat (arrested).")]
    [InlineData("Go to the store and buy two hundred dollars in gift cards.", "Scam: the caller said \"gift cards\".")]
    [InlineData("We need you to verify your account before it is closed.", "Scam (account verification): the caller said \"verify your account\".")]
    [InlineData("This is tech support, your computer has a virus.", "Scam: the caller said \"tech support\".")]
    [InlineData("Congratulations, you have won a cruise!", "Scam (a prize): the caller said \"you have won\".")]
    [InlineData("Your social security number has been suspended.", "Scam: the caller said \"social security number\".")]
    [InlineData("Invest in crypto with us and double your money.", "Scam (wire or crypto payment): the caller used the word crypto.")]
    [InlineData("Bonjour, votre compte CPF va expirer.", "Scam: the caller used the word cpf.")]
    [InlineData("Félicitations, vous avez gagné un voyage !", "Scam (a prize): the caller said \"vous avez gagné\".")]
    [InlineData("Votre compte est bloqué, donnez-nous le code reçu par SMS.", "Scam (account verification): the caller said \"compte est bloqué\".")]
    public void ScamCallerIsBlocked(string callerWords, string reason)
    {
        var decision = Calls.Decide(callerWords);

        Assert.Equal(ScreeningAction.Block, decision.Action);
        Assert.Equal(CallCategory.Scam, decision.Category);
        Assert.Equal(reason, decision.Reason);
    }

    /// <summary>
    /// The rules alone, without the classifier: a "new number" story asking for a bill to be paid was put through as
    /// urgent in French ("mon téléphone est tombé" read as a fall) because "tu paies" was not read as a demand for money.
    /// </summary>
    [Theory]
    [InlineData("maman c'est moi, mon téléphone est tombé dans l'eau, c'est mon nouveau numéro, il faut que tu paies une facture pour moi aujourd'hui")]
    [InlineData("papa c'est moi, j'ai un nouveau numéro, tu payes le loyer pour moi ce soir ?")]
    [InlineData("mum it's me, I dropped my phone in the bath, this is my new number, can you pay a bill for me today")]
    public void NewNumberStoryAskingForABillToBePaidIsBlockedByTheRulesAlone(string callerWords)
    {
        var decision = Calls.DecideByRulesAlone(callerWords);

        Assert.Equal(ScreeningAction.Block, decision.Action);
        Assert.Equal(CallCategory.Scam, decision.Category);
    }

    /// <summary>Microsoft and Windows never phone anyone about their computer; the rules alone block a caller who says they do.</summary>
    [Theory]
    [InlineData("hello this is Kevin calling from Microsoft, Windows has detected a problem on your machine")]
    [InlineData("hi, Windows security here, your licence has run out and we need to renew it with you now")]
    [InlineData("bonjour, c'est le support Windows, nous avons remarqué une activité anormale sur votre machine")]
    [InlineData("allô, ici Julien, technicien Microsoft, votre licence Windows n'est plus valide")]
    public void CallerSpeakingForMicrosoftOrWindowsIsBlockedByTheRulesAlone(string callerWords)
    {
        var decision = Calls.DecideByRulesAlone(callerWords);

        Assert.Equal((ScreeningAction.Block, CallCategory.Scam), (decision.Action, decision.Category));
    }

    /// <summary>
    /// The "grandparent" scam: a relative in trouble (an accident, a cell, a hospital abroad) who needs money wired now.
    /// The story is urgent by design, so the request for money has to win over the urgency, with the rules alone too.
    /// </summary>
    [Theory]
    [InlineData("grandpa it's your grandson, I had a car accident and they're holding me, you need to wire money for the lawyer right now")]
    [InlineData("hi auntie it's me, I'm in a hospital abroad after a crash, can you wire me two thousand dollars today, please hurry")]
    [InlineData("it's your nephew, there was an accident, please have the money wired to my attorney before tonight")]
    [InlineData("mamie c'est ton petit-fils, j'ai eu un accident en Espagne, il faut que tu me vires de l'argent pour l'avocat tout de suite")]
    [InlineData("tonton c'est moi, je suis à l'hôpital après un accident, fais un virement à mon avocat ce soir, c'est urgent")]
    public void RelativeInTroubleAskingForMoneyToBeWiredIsBlockedHoweverUrgent(string callerWords)
    {
        var decisions = new[] { Calls.DecideByRulesAlone(callerWords), Calls.Decide(callerWords) };

        Assert.All(decisions, decision => Assert.Equal((ScreeningAction.Block, CallCategory.Scam), (decision.Action, decision.Category)));
    }

    [Theory]
    [InlineData("This is a recorded message from your utility provider.")]
    [InlineData("Hello! Press 1 now to lower your rate.")]
    [InlineData("Ceci est un message enregistré, merci de patienter.")]
    [InlineData("Pour parler à un conseiller, appuyez sur la touche 5.")]
    public void RobocallIsBlockedAsARobocall(string callerWords)
    {
        var decision = Calls.Decide(callerWords);

        Assert.Equal(ScreeningAction.Block, decision.Action);
        Assert.Equal(CallCategory.Robocall, decision.Category);
        Assert.StartsWith("Robocall", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ScamIsBlockedEvenWhenTheOwnerAlwaysPutsItsTopicThrough()
    {
        var context = Calls.Context(["This is your bank. We noticed suspicious activity, please verify your account number."], instructions: "Always put through: bank");

        Assert.Equal(ScreeningAction.Block, Calls.Decide(context).Action);
    }

    [Theory]
    [InlineData("We're calling about your vehicle's extended warranty.", "Sales: the caller spoke of extended warranty.")]
    [InlineData("Hi, I'm with Bright Solar, are you the homeowner?", "Sales: the caller used the word solar.")]
    [InlineData("Would you like a free quote on home insurance?", "Sales (insurance offer): the caller said \"free quote\".")]
    [InlineData("We're doing a quick survey about your grocery habits.", "Sales: the caller used the word survey.")]
    [InlineData("Bonjour, nous faisons du démarchage pour des panneaux solaires.", "Sales (special offer): the caller used the word démarchage.")]
    public void SalesCallEndsPolitelySuggestingATextOrEmail(string callerWords, string reason)
    {
        var decision = Calls.Decide(callerWords);

        Assert.Equal(ScreeningAction.End, decision.Action);
        Assert.Equal(CallCategory.Sales, decision.Category);
        Assert.Equal(reason, decision.Reason);
    }

    [Fact]
    public void EnglishSalesCallHearsTheTextSuggestion()
    {
        var decision = Calls.Decide("Hi, we have a special offer on solar panels.");

        Assert.Equal("Thanks for calling. Alex isn't taking calls right now; please send a text or an email.", decision.Reply);
    }

    [Fact]
    public void FrenchSalesCallHearsTheTextSuggestionInFrench()
    {
        var decision = Calls.Decide("Bonjour, j'ai une offre spéciale sur les pompes à chaleur.");

        Assert.Equal("fr", decision.Language);
        Assert.Equal("Merci de votre appel. Alex ne prend pas d'appels pour le moment ; envoyez-lui plutôt un SMS ou un e-mail.", decision.Reply);
    }

    [Theory]
    [InlineData("Oh sorry, wrong number.", "en")]
    [InlineData("Excusez-moi, je me suis trompé de numéro.", "fr")]
    public void WrongNumberEndsWithoutSuggestingAText(string callerWords, string language)
    {
        var decision = Calls.Decide(callerWords);

        Assert.Equal(ScreeningAction.End, decision.Action);
        Assert.Equal(language, decision.Language);
        Assert.DoesNotContain("text", decision.Reply, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("SMS", decision.Reply, StringComparison.Ordinal);
    }
}
