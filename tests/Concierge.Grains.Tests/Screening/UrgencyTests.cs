using Concierge.Grains.Interfaces.Screening;

namespace Concierge.Grains.Tests.Screening;

public sealed class UrgencyTests
{
    [Theory]
    [InlineData("Please, it's an emergency, I need Alex now.")]
    [InlineData("Hi, this is Dana. Alex's dad was taken to the hospital an hour ago.")]
    [InlineData("It's Theo, I've had an accident on the way home.")]
    [InlineData("Hello, this is Brookside Elementary, your daughter has a fever and needs to be picked up.")]
    [InlineData("C'est urgent, il faut que je parle à Alex.")]
    [InlineData("Bonjour, ici l'école Jean Jaurès, votre fils est tombé dans l'escalier.")]
    [InlineData("Allô, c'est Nadia, on est à l'hôpital avec maman.")]
    public void EmergencyIsPutThroughAsUrgent(string callerWords)
    {
        var decision = Calls.Decide(callerWords);

        Assert.Equal(ScreeningAction.Transfer, decision.Action);
        Assert.Equal(Urgency.High, decision.Urgency);
        Assert.Equal(CallCategory.Urgent, decision.Category);
    }

    [Fact]
    public void PoliceReportingAnIncidentArePutThroughAsUrgent()
    {
        var decision = Calls.Decide("This is Officer Chen with the city police, your car was damaged in the parking garage.");

        Assert.Equal(ScreeningAction.Transfer, decision.Action);
        Assert.Equal(Urgency.High, decision.Urgency);
        Assert.Contains("no threat", decision.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("This is the police department. There is a warrant for your arrest unless you pay the fine today.")]
    [InlineData("Ici la gendarmerie, un mandat d'arrêt a été émis contre vous.")]
    public void PoliceThreateningArrestAreBlockedAsAScam(string callerWords)
    {
        var decision = Calls.Decide(callerWords);

        Assert.Equal(ScreeningAction.Block, decision.Action);
        Assert.Equal(CallCategory.Scam, decision.Category);
    }

    [Fact]
    public void SalesPitchMentioningAnAccidentEndsInsteadOfBeingPutThrough()
    {
        var decision = Calls.Decide("Have you been in an accident in the last three years? You may be entitled to compensation.");

        Assert.Equal(ScreeningAction.End, decision.Action);
        Assert.Equal(CallCategory.Sales, decision.Category);
    }

    [Fact]
    public void UrgentReplyTellsTheCallerTheyArePutThroughNow()
    {
        var decision = Calls.Decide("It's an emergency!");

        Assert.Equal("I understand it's urgent. Putting you through to Alex right now.", decision.Reply);
        Assert.Equal("Urgent: the caller used the word emergency.", decision.Reason);
    }
}
