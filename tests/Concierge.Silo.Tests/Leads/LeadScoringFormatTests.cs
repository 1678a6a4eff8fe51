using Concierge.Grains.Interfaces.Leads;
using Concierge.Silo.Brains;
using Concierge.Silo.Leads;

namespace Concierge.Silo.Tests.Leads;

/// <summary>A model's lead scoring is stored only when it passes every check; each failure names the field, never a value.</summary>
public sealed class LeadScoringFormatTests
{
    private static readonly LeadQuestion[] Questions =
    [
        new("Do you own your home?", LeadQuestionKinds.YesNo, [], true),
        new("How many panels?", LeadQuestionKinds.Number, [], true),
        new("When?", LeadQuestionKinds.Choice, ["this month", "later"], false),
        new("Anything else?", LeadQuestionKinds.FreeText, [], false),
    ];

    [Fact]
    public void AValidScoringIsReadWithAnswersInTheirKindsForm()
    {
        var scoring = Read("""
            {"answers":[{"question":"Do you own your home?","answer":"no","confidence":0.8},{"question":"How many panels?","answer":"12","confidence":1},
                        {"question":"When?","answer":null,"confidence":0},{"question":"Anything else?","answer":"A big roof","confidence":0.5}],
             "score":39,"tier":"cold","summary":" Rents. ","nextStep":"Nothing."}
            """);

        Assert.Equal((39, "cold", "Rents.", "Nothing."), (scoring.Score, scoring.Tier, scoring.Summary, scoring.NextStep));
        Assert.Equal(["no", "12", null, "A big roof"], scoring.Answers.Select(a => a.Answer));
    }

    [Theory]
    [InlineData("""{"answers":[],"score":-1,"tier":"cold","summary":"s","nextStep":"n"}""", "'score'")]
    [InlineData("""{"answers":[],"score":70.5,"tier":"hot","summary":"s","nextStep":"n"}""", "'score'")]
    [InlineData("""{"answers":[],"score":70,"tier":"warm","summary":"s","nextStep":"n"}""", "'tier'")]
    [InlineData("""{"answers":[],"score":40,"tier":"warm","summary":"s","nextStep":""}""", "'nextStep'")]
    [InlineData("""{"score":40,"tier":"warm","summary":"s","nextStep":"n"}""", "'answers'")]
    [InlineData("""{"answers":[{"question":"Do you own your home?","answer":"maybe","confidence":1}],"score":40,"tier":"warm","summary":"s","nextStep":"n"}""", "yes_no")]
    [InlineData("""{"answers":[{"question":"How many panels?","answer":"twelve","confidence":1}],"score":40,"tier":"warm","summary":"s","nextStep":"n"}""", "number")]
    [InlineData("""{"answers":[{"question":"When?","answer":"next year","confidence":1}],"score":40,"tier":"warm","summary":"s","nextStep":"n"}""", "choice")]
    [InlineData("""{"answers":[{"question":"When?","answer":"later","confidence":1.5}],"score":40,"tier":"warm","summary":"s","nextStep":"n"}""", "'confidence'")]
    [InlineData("""{"answers":[{"question":"When?","answer":"later","confidence":1},{"question":"When?","answer":"later","confidence":1}],"score":40,"tier":"warm","summary":"s","nextStep":"n"}""", "twice")]
    public void AnInvalidScoringIsRefusedNamingWhatIsWrong(string json, string named)
    {
        var failure = Assert.Throws<ModelAnswerException>(() => Read(json));

        Assert.Contains(named, failure.Message, StringComparison.Ordinal);
    }

    private static LeadScoring Read(string json) => LeadScoringFormat.Read(ModelJson.ParseObject(json), Questions);
}
