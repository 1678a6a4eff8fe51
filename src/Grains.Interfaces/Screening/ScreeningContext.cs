using Orleans;

namespace Concierge.Grains.Interfaces.Screening;

public enum Speaker
{
    Caller,
    Concierge,
}

/// <summary>One utterance of the conversation so far.</summary>
public sealed record ConversationTurn(Speaker Speaker, string Text);

/// <summary>What the concierge already knows about this caller from earlier calls.</summary>
/// <param name="PreviousCalls">Calls before this one.</param>
/// <param name="KnownName">The name they gave before, if any.</param>
/// <param name="RecentDecisions">Final decisions of their last calls, newest first (e.g. "transferred", "blocked").</param>
/// <param name="SpamScore">0 (never spam) to 1 (known spammer).</param>
/// <param name="LastCallAt">When they last called.</param>
[GenerateSerializer, Immutable, Alias("concierge.CallerHistory")]
public sealed record CallerHistory(
    int PreviousCalls,
    string? KnownName,
    IReadOnlyList<string> RecentDecisions,
    double SpamScore,
    DateTimeOffset? LastCallAt) : PrivateRecord
{
    public static CallerHistory None { get; } = new(0, null, [], 0, null);
}

/// <summary>Everything a screener needs to decide the next step of one call.</summary>
/// <param name="OwnerName">Whom the concierge answers for (e.g. "Alex").</param>
/// <param name="Instructions">The owner's screening instructions, in their own words (may be empty).</param>
/// <param name="Languages">The owner's languages as BCP-47 tags, preferred first (e.g. "en-US", "fr-FR").</param>
/// <param name="Conversation">The conversation so far, oldest first; the caller's latest words come last.</param>
/// <param name="History">The caller's history with this owner.</param>
/// <param name="CallerTurn">How many times the caller has spoken in this call, counting the latest words (1-based).</param>
/// <param name="MaxCallerTurns">At this many caller turns the screener must decide: <see cref="ScreeningAction.Ask"/> is no longer allowed.</param>
public sealed record ScreeningContext(
    string OwnerName,
    string Instructions,
    IReadOnlyList<string> Languages,
    IReadOnlyList<ConversationTurn> Conversation,
    CallerHistory History,
    int CallerTurn,
    int MaxCallerTurns)
{
    /// <summary>The caller's latest words.</summary>
    public string LatestCallerText => Conversation.LastOrDefault(t => t.Speaker == Speaker.Caller)?.Text ?? "";

    /// <summary>True when the screener must not ask again.</summary>
    public bool IsLastTurn => CallerTurn >= MaxCallerTurns;
}
