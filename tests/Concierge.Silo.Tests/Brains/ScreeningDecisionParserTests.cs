using Concierge.Grains.Interfaces.Screening;
using Concierge.Silo.Brains;
using static Concierge.Silo.Tests.Brains.ScreeningScenarios;

namespace Concierge.Silo.Tests.Brains;

public sealed class ScreeningDecisionParserTests
{
    public static TheoryData<string, string> InvalidAnswers => new()
    {
        { "", "empty" },
        { "[1, 2]", "not a JSON object" },
        { Answer(reply: "   "), "'reply'" },
        { Answer(reply: "\u0001\u0000"), "'reply'" },
        { Answer().Replace("\"reply\"", "\"text\"", StringComparison.Ordinal), "'reply'" },
        { Answer(category: "telemarketing"), "'category'" },
        { Answer(urgency: "critical"), "'urgency'" },
        { Answer(language: "de"), "'language'" },
        { Answer(reason: ""), "'reason'" },
        { Answer(action: "Transfer"), "'action'" },
        { Answer().Replace("\"Sam\"", "42", StringComparison.Ordinal), "'caller_name'" },
    };

    [Theory]
    [MemberData(nameof(InvalidAnswers))]
    public void InvalidAnswersAreRejectedWithAMessageNamingTheProblem(string json, string problem)
    {
        var failure = Assert.Throws<ModelAnswerException>(() => ScreeningDecisionParser.Parse(json, isLastTurn: false));

        Assert.Contains(problem, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryWireNameMapsBackToItsEnumValue()
    {
        foreach (var action in Enum.GetValues<ScreeningAction>().Where(a => a != ScreeningAction.Ask))
        {
            Assert.Equal(action, ScreeningDecisionParser.Parse(Answer(action: WireEnum<ScreeningAction>.NameOf(action)), isLastTurn: true).Action);
        }

        foreach (var category in Enum.GetValues<CallCategory>())
        {
            Assert.Equal(category, ScreeningDecisionParser.Parse(Answer(category: WireEnum<CallCategory>.NameOf(category)), isLastTurn: false).Category);
        }

        Assert.Equal("take_message", WireEnum<ScreeningAction>.NameOf(ScreeningAction.TakeMessage));
    }

    [Fact]
    public void BlankOptionalFieldsBecomeNullAndTextIsTrimmed()
    {
        var decision = ScreeningDecisionParser.Parse(Answer(reply: "  Hello.  ", callerName: " ", purpose: null), isLastTurn: false);

        Assert.Equal(("Hello.", null, null), (decision.Reply, decision.CallerName, decision.Purpose));
    }

    [Fact]
    public void ControlCharactersInTheModelsTextAreDroppedBeforeItIsSaidOrStored()
    {
        var decision = ScreeningDecisionParser.Parse(Answer(reply: "Thanks Sam\u0001son.", callerName: "Sam\u0000son", purpose: "car\vaccident"), isLastTurn: false);

        Assert.Equal(("Thanks Samson.", "Samson", "car accident"), (decision.Reply, decision.CallerName, decision.Purpose));
    }
}
