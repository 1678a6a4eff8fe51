using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Concierge.Grains.Interfaces.Screening;

namespace Concierge.TestSupport.Screening;

/// <summary>
/// One caller of the screening corpus (tests/Concierge.TestSupport/Screening/screening-corpus.json): what they said, in
/// which language, which kind of call it is (<paramref name="Group"/>: family, sales, scam-bank, …) and what a person
/// screening Alex's phone would do.
/// </summary>
/// <param name="Id">"{language}-{group}-{n}", n counting from 1 within the language and group.</param>
/// <param name="IsLastTurn">The screener must decide now (no more questions).</param>
public sealed record CorpusCall(
    string Id,
    string Language,
    string Group,
    IReadOnlyList<string> CallerTurns,
    ScreeningAction ExpectedAction,
    bool IsLastTurn = false)
{
    public const string RelativePath = "tests/Concierge.TestSupport/Screening/screening-corpus.json";

    /// <summary>Callers written after the rules were frozen, all held out (see the file's "about").</summary>
    public const string FreshRelativePath = "tests/Concierge.TestSupport/Screening/screening-corpus-fresh.json";

    /// <summary>
    /// Tuning callers written after the rules froze and never tuned on ("tuning-2-…"): the classifier trains on them, and
    /// there cross-validation compares it with the rules out of sample for both.
    /// </summary>
    public const string TuningTwoRelativePath = "tests/Concierge.TestSupport/Screening/screening-corpus-tuning-2.json";

    /// <summary>
    /// Several hundred more tuning callers ("tuning-3-…"), written for issue 18's generalisation step in wording unlike the
    /// earlier sets, never from the held-out callers: the classifier trains on them and cross-validation counts them as
    /// unseen by the rules.
    /// </summary>
    public const string TuningThreeRelativePath = "tests/Concierge.TestSupport/Screening/screening-corpus-tuning-3.json";

    /// <summary>
    /// More tuning callers ("tuning-4-…") for issue 18's second step, where cross-validation still missed: sales pitches
    /// of many kinds, surveys, real and fake authorities, appointments, wrong numbers; never from the held-out callers.
    /// </summary>
    public const string TuningFourRelativePath = "tests/Concierge.TestSupport/Screening/screening-corpus-tuning-4.json";

    /// <summary>A third set, written before the trained classifier, in phrasing unlike the corpus; all held out.</summary>
    public const string FreshTwoRelativePath = "tests/Concierge.TestSupport/Screening/screening-corpus-fresh-2.json";

    /// <summary>
    /// Tuning callers ("tuning-5-…") written by someone who never saw the rules, the model or the earlier sets, from what
    /// real callers say. First held out as fresh-3 (the screener scored 248/271 there), then moved into the tuning part
    /// because wording unlike the team's is what the classifier lacked: it trains on them, the rules were never fitted to them.
    /// </summary>
    public const string TuningFiveRelativePath = "tests/Concierge.TestSupport/Screening/screening-corpus-tuning-5.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>
    /// The split rule, fixed before any rule was tuned: within each language and group, every third caller (n = 3, 6, 9 …)
    /// is held out. Those were written with deliberately different wording, and are measured, never tuned on; so is every
    /// caller of the fresh sets ("fresh-…", "fresh-2-…").
    /// </summary>
    public bool IsHeldOut => Id.StartsWith("fresh-", StringComparison.Ordinal)
        || (!IsUnseenByTheRules && !IsTeamCall && int.Parse(Id[(Id.LastIndexOf('-') + 1)..], CultureInfo.InvariantCulture) % 3 == 0);

    /// <summary>A caller of the team's first labelled set (tests/Concierge.Grains.Tests/Screening/labelled-calls.json), tuned on.</summary>
    public bool IsTeamCall => Id.StartsWith("team-", StringComparison.Ordinal);

    /// <summary>A tuning caller written after the rules froze (screening-corpus-tuning-2.json to -5.json): the rules were never fitted to it.</summary>
    public bool IsUnseenByTheRules => Id.StartsWith("tuning-", StringComparison.Ordinal);

    /// <summary>Scams of every kind: none may ever be put through.</summary>
    public bool IsScam => Group.StartsWith("scam", StringComparison.Ordinal);

    public static IReadOnlyList<CorpusCall> LoadAll(string relativePath = RelativePath) =>
        JsonSerializer.Deserialize<Corpus>(RepositoryFile.Read(relativePath), Json)!.Cases;

    /// <summary>The call as the call flow hands it to a screener: Alex's greeting, then each caller turn after a follow-up question.</summary>
    public ScreeningContext ToContext()
    {
        var conversation = new List<ConversationTurn> { new(Speaker.Concierge, "Hi, you've reached Alex. Who's calling, and what is it about?") };
        foreach (var turn in CallerTurns)
        {
            if (conversation.Count > 1)
            {
                conversation.Add(new(Speaker.Concierge, "Sorry, who is calling, and what is it about?"));
            }
            conversation.Add(new(Speaker.Caller, turn));
        }
        var maxTurns = IsLastTurn ? CallerTurns.Count : Math.Max(3, CallerTurns.Count + 1);
        return new ScreeningContext("Alex", "", ["en-US", "fr-FR"], conversation, CallerHistory.None, CallerTurns.Count, maxTurns);
    }

    private sealed record Corpus(string About, IReadOnlyList<CorpusCall> Cases);
}
