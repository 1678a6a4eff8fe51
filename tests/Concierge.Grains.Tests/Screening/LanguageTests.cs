using Concierge.Grains.Interfaces.Screening;

namespace Concierge.Grains.Tests.Screening;

public sealed class LanguageTests
{
    [Fact]
    public void FrenchCallerIsAnsweredInFrench()
    {
        var decision = Calls.Decide("Bonjour, c'est Julie, je voulais savoir si on dîne toujours ensemble ce soir.");

        Assert.Equal("fr", decision.Language);
        Assert.Equal("Merci Julie, je vous passe Alex tout de suite.", decision.Reply);
    }

    [Fact]
    public void EnglishCallerIsAnsweredInEnglish()
    {
        var decision = Calls.Decide("Hi, it's Julie, are we still on for dinner tonight?");

        Assert.Equal("en", decision.Language);
        Assert.Equal("Thanks Julie, putting you through to Alex now.", decision.Reply);
    }

    [Fact]
    public void FrenchCallerOfAnEnglishOnlyOwnerIsUnderstoodButAnsweredInEnglish()
    {
        var context = Calls.Context(["Bonjour, c'est urgent, mon père est à l'hôpital."], ownerLanguages: ["en-US"]);

        var decision = Calls.Decide(context);

        Assert.Equal(ScreeningAction.Transfer, decision.Action);
        Assert.Equal(Urgency.High, decision.Urgency);
        Assert.Equal("en", decision.Language);
    }

    [Fact]
    public void EnglishCallerOfAFrenchOnlyOwnerIsAnsweredInFrench()
    {
        var decision = Calls.Decide(Calls.Context(["Hello, is Alex there?"], ownerLanguages: ["fr-FR"]));

        Assert.Equal("fr", decision.Language);
    }

    [Fact]
    public void CallerWhoseWordsDoNotTellIsAnsweredInTheOwnersFirstLanguage()
    {
        var decision = Calls.Decide(Calls.Context(["Alex?"], ownerLanguages: ["fr-CA", "en-US"]));

        Assert.Equal("fr", decision.Language);
    }

    [Fact]
    public void FrenchWithoutAccentsIsStillUnderstood()
    {
        var decision = Calls.Decide("Bonjour, c'est urgent, mon pere est a l'hopital.");

        Assert.Equal(ScreeningAction.Transfer, decision.Action);
        Assert.Equal(Urgency.High, decision.Urgency);
        Assert.Equal("fr", decision.Language);
    }

    [Fact]
    public void LanguageIsTakenFromTheWholeConversation()
    {
        var decision = Calls.Decide("Alex ?", "Oui, c'est Paul, je voulais vous parler du chantier de lundi.");

        Assert.Equal("fr", decision.Language);
    }
}
