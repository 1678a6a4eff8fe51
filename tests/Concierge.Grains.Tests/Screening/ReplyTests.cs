using Concierge.Grains.Interfaces.Screening;

namespace Concierge.Grains.Tests.Screening;

public sealed class ReplyTests
{
    [Fact]
    public void RepliesNameTheOwner()
    {
        var context = Calls.Context("Hello?") with { OwnerName = "Jordan", CallerTurn = 3, MaxCallerTurns = 3 };

        Assert.Equal(
            "Jordan can't take your call right now. Please leave a short message after the tone, and I'll pass it on.",
            Calls.Decide(context).Reply);
    }

    [Fact]
    public void BlankOwnerNameIsThePersonYoureCalling()
    {
        var context = Calls.Context("We have a special offer on solar panels.") with { OwnerName = " " };

        Assert.Equal("Thanks for calling. The person you're calling isn't taking calls right now; please send a text or an email.", Calls.Decide(context).Reply);
    }

    [Theory]
    [InlineData("Go buy gift cards now.", "Thank you. Goodbye.")]
    [InlineData("Achetez des cartes cadeaux maintenant.", "Merci. Au revoir.")]
    public void BlockedCallerHearsAShortNeutralClose(string callerWords, string reply)
    {
        var decision = Calls.Decide(callerWords);

        Assert.Equal(ScreeningAction.Block, decision.Action);
        Assert.Equal(reply, decision.Reply);
    }
}
