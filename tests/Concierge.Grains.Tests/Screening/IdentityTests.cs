using Concierge.Grains.Interfaces.Screening;

namespace Concierge.Grains.Tests.Screening;

public sealed class IdentityTests
{
    [Theory]
    [InlineData("Hi, this is Sam.", "Sam")]
    [InlineData("Hello, my name is Dr. Patel.", "Dr. Patel")]
    [InlineData("It's Maria from the school.", "Maria")]
    [InlineData("Morning, Tom Becker here.", "Tom Becker")]
    [InlineData("I'm Jenny, Alex's neighbour.", "Jenny")]
    [InlineData("Salut, c'est Julie !", "Julie")]
    [InlineData("Bonjour, je m'appelle Marc Dupont.", "Marc Dupont")]
    [InlineData("Ici Paul.", "Paul")]
    [InlineData("Bonjour, c'est Mme Garcia, votre voisine.", "Mme Garcia")]
    [InlineData("Hello, this is Dr. Patel's office.", "Dr. Patel's office")]
    public void NameIsTakenFromSelfIntroduction(string callerWords, string name)
    {
        Assert.Equal(name, Calls.Decide(callerWords).CallerName);
    }

    [Fact]
    public void NameGivenAloneInAnswerIsTaken()
    {
        Assert.Equal("Sam Wilson", Calls.Decide("Hi, is Alex there?", "Sam Wilson.").CallerName);
    }

    [Theory]
    [InlineData("This is an emergency.")]
    [InlineData("It's urgent, please.")]
    [InlineData("C'est urgent.")]
    [InlineData("Hello, is this Alex?")]
    [InlineData("Hi, it's me.")]
    [InlineData("I'm calling about the car.")]
    public void WordsThatAreNotANameAreNotTakenForOne(string callerWords)
    {
        Assert.Null(Calls.Decide(callerWords).CallerName);
    }

    [Fact]
    public void OrganisationIsNotThankedAsIfItWereAPerson()
    {
        var decision = Calls.Decide(Calls.Context(["Hi, FedEx here, I have a package that needs a signature."], instructions: "Always put through: deliveries"));

        Assert.Equal("FedEx", decision.CallerName);
        Assert.Equal("Thanks, putting you through to Alex now.", decision.Reply);
    }

    [Theory]
    [InlineData("Hey, it's Chris. It's about the camping trip on Saturday.", "the camping trip on Saturday")]
    [InlineData("C'est Élodie, c'est au sujet de l'appartement.", "l'appartement")]
    [InlineData("Hi, it's Priya. I think I picked up Alex's keys by mistake.", "I think I picked up Alex's keys by mistake")]
    public void PurposeIsTakenFromTheCallersOwnWords(string callerWords, string purpose)
    {
        var decision = Calls.Decide(callerWords);

        Assert.Equal(ScreeningAction.Transfer, decision.Action);
        Assert.Equal(purpose, decision.Purpose);
    }

    [Fact]
    public void PurposeOfAnUrgentCallIsTheClauseThatMadeItUrgent()
    {
        var decision = Calls.Decide("Hi, this is Karen. Mom was taken to the emergency room, I need Alex.");

        Assert.Equal("Mom was taken to the emergency room", decision.Purpose);
    }
}
