using Concierge.Grains.Interfaces.Screening;
using Concierge.Grains.Screening;

namespace Concierge.Grains.Tests.Screening;

/// <summary>Builds screening contexts the way the call flow does: a greeting, then caller turns and follow-up questions.</summary>
internal static class Calls
{
    public const string Owner = "Alex";

    public static ScreeningContext Context(
        IReadOnlyList<string> callerTurns,
        CallerHistory? history = null,
        string instructions = "",
        bool isLastTurn = false,
        IReadOnlyList<string>? ownerLanguages = null)
    {
        var conversation = new List<ConversationTurn> { new(Speaker.Concierge, "Hi, you've reached Alex. Who's calling, and what is it about?") };
        foreach (var (text, index) in callerTurns.Select((text, index) => (text, index)))
        {
            if (index > 0)
            {
                conversation.Add(new(Speaker.Concierge, "Could you tell me a little more?"));
            }
            conversation.Add(new(Speaker.Caller, text));
        }
        return new ScreeningContext(
            Owner,
            instructions,
            ownerLanguages ?? ["en-US", "fr-FR"],
            conversation,
            history ?? CallerHistory.None,
            CallerTurn: callerTurns.Count,
            MaxCallerTurns: isLastTurn ? callerTurns.Count : Math.Max(3, callerTurns.Count + 1));
    }

    public static ScreeningContext Context(params string[] callerTurns) => Context((IReadOnlyList<string>)callerTurns);

    public static ScreeningDecision Decide(ScreeningContext context) => new OfflineScreener().Decide(context);

    public static ScreeningDecision Decide(params string[] callerTurns) => Decide(Context(callerTurns));

    /// <summary>The rules' decision without the classifier: the safety layer, which must hold on its own.</summary>
    public static ScreeningDecision DecideByRulesAlone(params string[] callerTurns) =>
        new OfflineScreener(ScreeningModel.Default, ClassifierTrust.RulesOnly).Decide(Context(callerTurns));
}
