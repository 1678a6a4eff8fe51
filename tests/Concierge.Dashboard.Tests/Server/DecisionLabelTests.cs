using Concierge.Grains.Interfaces.Calls;
using Concierge.WebFront.Dashboard;

namespace Concierge.Dashboard.Tests.Server;

/// <summary>One name per thing: the dashboard says each decision in the words the REST API and the simulator use.</summary>
public sealed class DecisionLabelTests
{
    public static TheoryData<string> Decisions => [.. CallDecisions.All];

    [Theory]
    [MemberData(nameof(Decisions))]
    public void EachDecisionIsLabelledWithItsOwnWords(string decision)
    {
        var label = DecisionLabels.Of(decision).ToLowerInvariant();

        Assert.All(decision.Split('_'), word => Assert.Contains(word, label, StringComparison.Ordinal));
        Assert.True(char.IsUpper(DecisionLabels.Of(decision)[0]));
    }
}
