using System.Diagnostics;
using System.Globalization;
using Concierge.Grains.Interfaces.Screening;
using Concierge.Grains.Screening;

namespace Concierge.Grains.Tests.Screening;

public sealed class OfflineScreenerTests
{
    [Fact]
    public void OfflineScreenerIsNamedOffline() => Assert.Equal("offline", new OfflineScreener().Name);

    [Fact]
    public async Task DecideAsyncGivesTheSameDecisionAsDecide()
    {
        var context = Calls.Context("Hi, this is Sam, it's about the camping trip on Saturday.");

        var decision = await new OfflineScreener().DecideAsync(context, CancellationToken.None);

        Assert.Equal(Calls.Decide(context), decision);
        Assert.Equal(ScreeningAction.Transfer, decision.Action);
    }

    [Fact]
    public async Task CancelledDecisionIsACancelledTask()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var decision = new OfflineScreener().DecideAsync(Calls.Context("Hello?"), cancelled.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => decision);
    }

    [Fact]
    public void SameConversationAlwaysGivesTheSameDecision()
    {
        var cases = LabelledCall.Load("labelled-calls.json");

        var first = cases.Select(labelled => new OfflineScreener().Decide(labelled.ToContext())).ToList();
        var second = cases.Select(labelled => new OfflineScreener().Decide(labelled.ToContext())).ToList();

        Assert.Equal(first, second);
    }

    [Fact]
    public void EveryDecisionExplainsItselfAndSaysAPlainLine()
    {
        foreach (var labelled in LabelledCall.Load("labelled-calls.json"))
        {
            var decision = Calls.Decide(labelled.ToContext());

            Assert.False(string.IsNullOrWhiteSpace(decision.Reason), labelled.Id);
            Assert.EndsWith(".", decision.Reason, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(decision.Reply), labelled.Id);
            Assert.DoesNotMatch(@"[{}<>*#\[\]]|\p{Cs}", decision.Reply);
            Assert.Contains(decision.Language, new[] { "en", "fr" });
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("... ?!")]
    [InlineData("😀 👍")]
    [InlineData("It's")]
    [InlineData("This is")]
    [InlineData("Dr.")]
    [InlineData("c'est l'")]
    [InlineData("about")]
    [InlineData("au sujet de")]
    [InlineData("Alex's")]
    [InlineData("'s ' '' l'")]
    public void OddOrEmptyWordsStillGetAQuestionOrAMessage(string callerWords)
    {
        Assert.Equal(ScreeningAction.Ask, Calls.Decide(callerWords).Action);
        Assert.Equal(ScreeningAction.TakeMessage, Calls.Decide(Calls.Context([callerWords], isLastTurn: true)).Action);
    }

    [Fact]
    public void CallerWhoHasNotSpokenYetIsAskedWhoIsCalling()
    {
        var context = Calls.Context("Hello?") with { Conversation = [new(Speaker.Concierge, "Hi, you've reached Alex.")], CallerTurn = 0 };

        Assert.Equal(ScreeningAction.Ask, Calls.Decide(context).Action);
    }

    [Fact]
    public void NoDecisionAtTheLastTurnIsAQuestion()
    {
        foreach (var labelled in LabelledCall.Load("labelled-calls.json"))
        {
            var decision = Calls.Decide((labelled with { IsLastTurn = true }).ToContext());

            Assert.NotEqual(ScreeningAction.Ask, decision.Action);
        }
    }
}
