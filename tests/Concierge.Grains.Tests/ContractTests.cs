using Concierge.Grains.Interfaces.Screening;

namespace Concierge.Grains.Tests;

public sealed class ContractTests
{
    [Fact]
    public void ScreeningContextKnowsTheLatestCallerWordsAndWhenAskingMustStop()
    {
        var context = new ScreeningContext(
            "Alex",
            "",
            ["en-US"],
            [new(Speaker.Concierge, "Who is calling?"), new(Speaker.Caller, "It's Sam"), new(Speaker.Concierge, "Why?"), new(Speaker.Caller, "About the car")],
            CallerHistory.None,
            CallerTurn: 2,
            MaxCallerTurns: 2);

        Assert.Equal("About the car", context.LatestCallerText);
        Assert.True(context.IsLastTurn);
    }
}
