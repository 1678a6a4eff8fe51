using Concierge.Grains.Interfaces.Screening;

namespace Concierge.Grains.Tests.Screening;

public sealed class LegitimateCallTests
{
    [Theory]
    [InlineData("Hi, this is Sam, I wanted to ask about borrowing the ladder this weekend.", CallCategory.Personal)]
    [InlineData("Hey, it's Jo, Alex's cousin. I'm landing at six and need the address.", CallCategory.Personal)]
    [InlineData("Hello, my name is Ravi Shah from Contoso, we need a decision on the contract by noon.", CallCategory.Business)]
    [InlineData("Bonjour, c'est Léa, je voulais savoir si tu viens toujours au match ce soir.", CallCategory.Personal)]
    public void CallerWhoSaysWhoTheyAreAndWhyIsPutThrough(string callerWords, CallCategory category)
    {
        var decision = Calls.Decide(callerWords);

        Assert.Equal(ScreeningAction.Transfer, decision.Action);
        Assert.Equal(Urgency.Normal, decision.Urgency);
        Assert.Equal(category, decision.Category);
        Assert.Contains("said who they are and why", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void NamedCallerIsThankedByFirstNameWhenPutThrough()
    {
        var decision = Calls.Decide("Hi, this is Sam Wilson, it's about the car.");

        Assert.Equal("Thanks Sam, putting you through to Alex now.", decision.Reply);
        Assert.Equal("Sam Wilson", decision.CallerName);
        Assert.Equal("the car", decision.Purpose);
    }

    [Theory]
    [InlineData("Hi, I'm returning a missed call from this number.")]
    [InlineData("Hello, you called me earlier today?")]
    [InlineData("Bonjour, vous m'avez appelé ce matin.")]
    public void CallerReturningTheOwnersCallIsPutThrough(string callerWords)
    {
        var decision = Calls.Decide(callerWords);

        Assert.Equal(ScreeningAction.Transfer, decision.Action);
        Assert.StartsWith("Returning a call from Alex", decision.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Hi, this is Lakeside Dental calling to confirm your appointment on Friday.", CallCategory.Appointment)]
    [InlineData("Hello, this is UPS, your package will be delivered tomorrow.", CallCategory.Delivery)]
    [InlineData("Bonjour, c'est Colissimo, votre colis arrive demain.", CallCategory.Delivery)]
    [InlineData("Bonjour, je vous rappelle votre rendez-vous chez le kiné lundi.", CallCategory.Appointment)]
    public void RoutineAppointmentOrDeliveryTakesAMessage(string callerWords, CallCategory category)
    {
        var decision = Calls.Decide(callerWords);

        Assert.Equal(ScreeningAction.TakeMessage, decision.Action);
        Assert.Equal(category, decision.Category);
        Assert.EndsWith("a message is enough.", decision.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Hi, I'm the courier, I'm outside your building with a parcel.")]
    [InlineData("Bonjour, c'est le livreur, je suis devant chez vous.")]
    public void CourierWaitingAtTheDoorIsPutThrough(string callerWords)
    {
        var decision = Calls.Decide(callerWords);

        Assert.Equal(ScreeningAction.Transfer, decision.Action);
        Assert.Equal(CallCategory.Delivery, decision.Category);
    }

    [Theory]
    [InlineData("Hi, it's Nora, just tell her I called.")]
    [InlineData("C'est Hugo, dites-lui de me rappeler.")]
    public void CallerWhoAsksToLeaveAMessageLeavesOne(string callerWords)
    {
        var decision = Calls.Decide(callerWords);

        Assert.Equal(ScreeningAction.TakeMessage, decision.Action);
        Assert.StartsWith("The caller asked to leave a message", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void TakenMessageTellsTheCallerWhatHappensNext()
    {
        var decision = Calls.Decide(Calls.Context(["Hello?", "I just want Alex."], isLastTurn: true));

        Assert.Equal(ScreeningAction.TakeMessage, decision.Action);
        Assert.Equal("Alex can't take your call right now. Please leave a short message after the tone, and I'll pass it on.", decision.Reply);
    }
}
