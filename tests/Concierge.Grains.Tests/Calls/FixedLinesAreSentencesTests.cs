using Concierge.Grains.Calls;
using Concierge.Grains.Interfaces.Screening;
using Concierge.Grains.Screening.Offline;

namespace Concierge.Grains.Tests.Calls;

/// <summary>
/// Every fixed line a caller hears (<see cref="CallScript"/>, the offline screener's replies) and every line the call log
/// writes for the owner (<see cref="CallLogLines"/>) is a sentence, in English and French, with the owner's name and
/// without it.
/// </summary>
public sealed class FixedLinesAreSentencesTests
{
    private static readonly string[] Languages = ["en-US", "fr-FR"];

    private static readonly string?[] OwnerNames = ["Alex", "", null, "  "];

    public static TheoryData<string> CallScriptLines()
    {
        var lines = new TheoryData<string>();
        foreach (var language in Languages)
        {
            foreach (var owner in OwnerNames)
            {
                lines.Add(CallScript.Greeting(owner, language));
                lines.Add(CallScript.LeaveAMessage(owner, language));
            }

            foreach (var caller in new[] { "Sam", null, "" })
            {
                lines.Add(CallScript.PuttingThrough(caller, language));
                foreach (var purpose in new[] { "the school pick-up", "my mother is in hospital.", null, " " })
                {
                    foreach (var category in new CallCategory?[] { CallCategory.Urgent, CallCategory.Personal, null })
                    {
                        lines.Add(CallScript.Whisper(caller, purpose, category, language));
                    }
                }
            }

            lines.Add(CallScript.Reprompt(language));
            lines.Add(CallScript.NoSpeechGoodbye(language));
            lines.Add(CallScript.MessageThanks(language));
            lines.Add(CallScript.NoMessageGoodbye(language));
            lines.Add(CallScript.Goodbye(language));
            lines.Add(CallScript.WhisperDeclined(language));
        }

        return lines;
    }

    public static TheoryData<string> ScreenerReplies()
    {
        var lines = new TheoryData<string>();
        foreach (var phrasing in new[] { ReplyPhrasing.English, ReplyPhrasing.French })
        {
            foreach (var kind in Enum.GetValues<ReplyKind>())
            {
                foreach (var owner in new[] { "Alex", "" })
                {
                    foreach (var caller in new[] { "Sam", null })
                    {
                        lines.Add(phrasing.Compose(kind, owner, caller));
                    }
                }
            }
        }

        return lines;
    }

    public static TheoryData<string> CallLogSentences() =>
    [
        CallLogLines.Blocked,
        CallLogLines.RejectedBlocked,
        CallLogLines.NoSpeech,
        CallLogLines.HungUpBeforeDecision,
        CallLogLines.MessageTaken,
        CallLogLines.NoMessageLeft,
        CallLogLines.OnExceptionList("family"),
        CallLogLines.NoOwnerPhone("Urgent: the caller used the word emergency."),
        CallLogLines.NoOwnerPhone("the caller sounds legitimate"),
        CallLogLines.Ringing(whisper: true),
        CallLogLines.Ringing(whisper: false),
        CallLogLines.OwnerTookTheCall(42),
        CallLogLines.OwnerAnsweredTheWhisper(declined: true),
        CallLogLines.OwnerAnsweredTheWhisper(declined: false),
        CallLogLines.CallEnded("completed", 30),
        CallLogLines.CallEnded("busy", null),
        .. new[] { "declined", "not_accepted", "busy", "no-answer", "canceled", "failed", "caller_hung_up", null }.Select(CallLogLines.TransferNotTaken),
    ];

    [Theory]
    [MemberData(nameof(CallScriptLines))]
    [MemberData(nameof(ScreenerReplies))]
    [MemberData(nameof(CallLogSentences))]
    public void EveryFixedLineIsASentence(string line) => Assert.Empty(SentenceShape.Problems(line));

    [Theory]
    [InlineData("Urgent: emergency (\"urgent\").; no owner phone is configured")]
    [InlineData("you've reached the person you called.")]
    [InlineData("Call from Sam, about the school.. Press 1.")]
    [InlineData("Thanks, putting you through to {owner} now.")]
    [InlineData("Thanks,  putting you through now.")]
    public void TheShapeCheckRefusesWhatCallersHeardBefore(string line) => Assert.NotEmpty(SentenceShape.Problems(line));

    [Fact]
    public void WithoutAnOwnerNameNoLineLeavesAGapOrAPlaceholder()
    {
        foreach (var language in Languages)
        {
            Assert.DoesNotContain(" .", CallScript.Greeting("", language), StringComparison.Ordinal);
            Assert.StartsWith(language.StartsWith("fr", StringComparison.Ordinal) ? "La personne que vous appelez" : "The person you're calling",
                CallScript.LeaveAMessage(null, language), StringComparison.Ordinal);
        }

        Assert.Equal("Thanks, putting you through now.", ReplyPhrasing.English.Compose(ReplyKind.PutThrough, "", null));
        Assert.Equal("Merci, je vous mets en relation tout de suite.", ReplyPhrasing.French.Compose(ReplyKind.PutThrough, " ", null));
        Assert.Equal("May I ask who's calling?", ReplyPhrasing.English.Compose(ReplyKind.AskWho, "", null));
        Assert.Equal("May I tell Alex who's calling?", ReplyPhrasing.English.Compose(ReplyKind.AskWho, "Alex", null));
    }
}
