using Concierge.Grains.Interfaces.Leads;
using Concierge.Grains.Leads;

namespace Concierge.Grains.Tests.Leads;

/// <summary>What a lead said, read as the typed answer to a question, in English and French; or as a wish to stop.</summary>
public sealed class LeadAnswerReaderTests
{
    private static readonly LeadQuestion YesNo = new("Do you own your home?", LeadQuestionKinds.YesNo, [], true);
    private static readonly LeadQuestion Number = new("How many panels?", LeadQuestionKinds.Number, [], true);
    private static readonly LeadQuestion Choice = new("When?", LeadQuestionKinds.Choice, ["this month", "this year", "later"], true);

    [Theory]
    [InlineData("Yes, I do.", "yes")]
    [InlineData("Oui, bien sûr", "yes")]
    [InlineData("No, I rent.", "no")]
    [InlineData("Non, pas du tout", "no")]
    [InlineData("Well, yes and no", null)]
    [InlineData("Hmm", null)]
    public void YesOrNoIsReadOrLeftUnclear(string speech, string? expected) => Assert.Equal(expected, LeadAnswerReader.Read(YesNo, speech));

    [Theory]
    [InlineData("About 12 of them", "12")]
    [InlineData("1,200 dollars", "1200")]
    [InlineData("twenty five", "25")]
    [InlineData("maybe three hundred", "300")]
    [InlineData("two thousand five hundred", "2500")]
    [InlineData("vingt-deux", "22")]
    [InlineData("trois cents", "300")]
    [InlineData("I don't know", null)]
    public void ANumberIsReadFromDigitsOrWords(string speech, string? expected) => Assert.Equal(expected, LeadAnswerReader.Read(Number, speech));

    [Theory]
    [InlineData("This month, please!", "this month")]
    [InlineData("Probably later", "later")]
    [InlineData("Next week", null)]
    public void AChoiceIsOneOfItsOptions(string speech, string? expected) => Assert.Equal(expected, LeadAnswerReader.Read(Choice, speech));

    [Theory]
    [InlineData("Please stop calling me", true)]
    [InlineData("I'm not interested", true)]
    [InlineData("Remove me from your list", true)]
    [InlineData("Ne m’appelez plus !", true)]
    [InlineData("Je ne suis pas intéressé", true)]
    [InlineData("Yes, I'm interested", false)]
    [InlineData("The bus stops nearby", false)]
    public void AWishNotToBeCalledIsHeard(string speech, bool stop) => Assert.Equal(stop, LeadAnswerReader.AsksToStop(speech));
}
