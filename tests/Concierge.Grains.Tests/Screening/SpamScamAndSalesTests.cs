using Concierge.Grains.Interfaces.Screening;

namespace Concierge.Grains.Tests.Screening;

public sealed class SpamScamAndSalesTests
{
    [Theory]
    [InlineData("This is the IRS. You owe back taxes and will be arrested unless you pay today.", "Scam cue: a caller claiming to be \"irs\" threatens \"arrested\".")]
    [InlineData("Go to the store and buy two hundred dollars in gift cards.", "Scam cue: gift cards.")]
    [InlineData("We need you to verify your account before it is closed.", "Scam cue: account verification (\"verify your account\").")]
    [InlineData("This is tech support, your computer has a virus.", "Scam cue: tech support.")]
    [InlineData("Congratulations, you have won a cruise!", "Scam cue: a prize (\"you have won\").")]
    [InlineData("Your social security number has been suspended.", "Scam cue: social security number.")]
    [InlineData("Invest in crypto with us and double your money.", "Scam cue: wire or crypto payment (\"crypto\").")]
    [InlineData("Bonjour, votre compte CPF va expirer.", "Scam cue: CPF training account.")]
    [InlineData("Félicitations, vous avez gagné un voyage !", "Scam cue: a prize (\"vous avez gagné\").")]
    [InlineData("Votre compte est bloqué, donnez-nous le code reçu par SMS.", "Scam cue: account verification (\"compte est bloqué\").")]
    public void ScamCallerIsBlocked(string callerWords, string reason)
    {
        var decision = Calls.Decide(callerWords);

        Assert.Equal(ScreeningAction.Block, decision.Action);
        Assert.Equal(CallCategory.Scam, decision.Category);
        Assert.Equal(reason, decision.Reason);
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
        Assert.StartsWith("Robocall cue:", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ScamIsBlockedEvenWhenTheOwnerAlwaysPutsItsTopicThrough()
    {
        var context = Calls.Context(["This is your bank. We noticed suspicious activity, please verify your account number."], instructions: "Always put through: bank");

        Assert.Equal(ScreeningAction.Block, Calls.Decide(context).Action);
    }

    [Theory]
    [InlineData("We're calling about your vehicle's extended warranty.", "Sales cue: extended warranty.")]
    [InlineData("Hi, I'm with Bright Solar, are you the homeowner?", "Sales cue: solar panels.")]
    [InlineData("Would you like a free quote on home insurance?", "Sales cue: insurance offer (\"free quote\").")]
    [InlineData("We're doing a quick survey about your grocery habits.", "Sales cue: survey.")]
    [InlineData("Bonjour, nous faisons du démarchage pour des panneaux solaires.", "Sales cue: special offer (\"démarchage\").")]
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
