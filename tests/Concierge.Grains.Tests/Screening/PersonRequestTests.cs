using Concierge.Grains.Screening.Offline;

namespace Concierge.Grains.Tests.Screening;

public sealed class PersonRequestTests
{
    [Theory]
    [InlineData("Can I speak to a person please?")]
    [InlineData("I'd like to talk to a real human.")]
    [InlineData("Just put me through to someone, I want an actual person")]
    [InlineData("Is there a customer service agent?")]
    [InlineData("Je voudrais parler à un conseiller.")]
    [InlineData("Passez-moi une vraie personne, s'il vous plaît")]
    [InlineData("Je veux parler à quelqu'un, pas à un robot")]
    [InlineData("une conseillère svp")]
    public void CallerAskingForAHumanIsHeard(string words) => Assert.True(PersonRequestCues.AskForAPerson(words));

    [Theory]
    [InlineData("Hi, this is Sam, about dinner on Friday.")]
    [InlineData("I'm calling about a person called Alex who ordered a sofa.")]
    [InlineData("C'est personnellement pour Alex, au sujet du rendez-vous.")]
    [InlineData("The parcel is at the door.")]
    public void OrdinaryCallerWordsAreNoRequestForAPerson(string words) => Assert.False(PersonRequestCues.AskForAPerson(words));
}
