using Concierge.Grains.Calls;
using Concierge.Grains.Handovers;
using Concierge.Grains.Interfaces.Calls;
using Concierge.Grains.Interfaces.Screening;

namespace Concierge.Grains.Tests.Handovers;

public sealed class HandoverSummaryTests
{
    private static readonly ScreeningDecision Decision = new(ScreeningAction.Ask, "Who is calling?", CallCategory.Business, Urgency.Normal, "Unclear.");

    [Fact]
    public void SummaryTellsTheAgentWhoCallsWhyAndTheirLastWords()
    {
        var call = Call("Sam Carter", "the boiler repair", "Hello, it's Sam about the boiler repair.", "Can I speak to a real person?");

        var summary = HandoverSummary.Of(call, Decision, HandoverScript.AskedForAPerson);

        Assert.Equal(
            "Caller: Sam Carter (+14155550111). About: the boiler repair. Why handed over: The caller asked to speak to a person. " +
            "The caller said: \"Hello, it's Sam about the boiler repair.\" / \"Can I speak to a real person?\"",
            summary);
    }

    [Fact]
    public void SummaryOfALongCallStaysShortAndQuotesOnlyTheLastThreeTurns()
    {
        var call = Call(null, null, "first", new string('a', 1000), new string('b', 1000), new string('c', 1000));

        var summary = HandoverSummary.Of(call, Decision, HandoverScript.AskedForAPerson);

        Assert.True(summary.Length <= HandoverSummary.MaxLength, $"{summary.Length} characters");
        Assert.StartsWith("Caller: name not given (+14155550111).", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("first", summary, StringComparison.Ordinal);
    }

    private static CallState Call(string? name, string? purpose, params string[] callerSaid) => new()
    {
        From = "+14155550111",
        CallerName = name,
        Purpose = purpose,
        Turns = [.. callerSaid.Select((text, i) => new CallTurn(i + 1, TurnSpeakers.Caller, text, DateTimeOffset.UnixEpoch))],
    };
}
