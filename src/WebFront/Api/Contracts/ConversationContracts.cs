using Concierge.Grains.Interfaces.Calls;
using Concierge.Silo.Queries;

namespace Concierge.WebFront.Api.Contracts;

/// <summary>A call in the conversation list.</summary>
public sealed record ConversationSummaryResponse(
    string CallSid,
    string From,
    string To,
    string? CallerName,
    string Status,
    string? Decision,
    string? Reason,
    string? TransferOutcome,
    string? Category,
    string? DecidedBy,
    DateTimeOffset StartedAt,
    DateTimeOffset? EndedAt,
    int? DurationSeconds,
    int TurnCount)
{
    public static ConversationSummaryResponse Of(CallSummary c) => new(
        c.CallSid, c.FromNumber, c.ToNumber, c.CallerName, c.Status, c.FinalDecision, c.Reason, c.TransferOutcome, c.Category, c.DecidedBy,
        DateTimeOffset.FromUnixTimeMilliseconds(c.StartedAtMs), c.EndedAtMs is { } ended ? DateTimeOffset.FromUnixTimeMilliseconds(ended) : null,
        c.DurationSeconds, c.TurnCount);
}

/// <summary>A page of conversations, newest first; pass <paramref name="NextCursor"/> as <c>cursor</c> for the next page.</summary>
public sealed record ConversationPageResponse(IReadOnlyList<ConversationSummaryResponse> Items, string? NextCursor);

/// <summary>One turn: who spoke, what was said, when, and for the concierge's turns the screener's latency, brain and action.</summary>
public sealed record TurnResponse(int Seq, string Speaker, string Text, DateTimeOffset At, int? LatencyMs, string? Brain, string? Action, double? Confidence)
{
    public static TurnResponse Of(CallTurn t) => new(t.Seq, t.Speaker, t.Text, t.At, t.LatencyMs, t.Brain, t.Action, t.Confidence);
}

/// <summary>A call with every turn, its timings, decision, reason and transfer outcome.</summary>
public sealed record ConversationResponse(
    string CallSid,
    string From,
    string To,
    string? CallerName,
    string Status,
    string? Decision,
    string? Reason,
    string? TransferOutcome,
    string? Category,
    string? DecidedBy,
    string? Message,
    DateTimeOffset StartedAt,
    DateTimeOffset? EndedAt,
    int? DurationSeconds,
    IReadOnlyList<TurnResponse> Turns)
{
    public static ConversationResponse Of(CallRecord c) => new(
        c.CallSid, c.From, c.To, c.CallerName, c.Status, c.FinalDecision, c.Reason, c.TransferOutcome, c.Category, c.DecidedBy, c.Message,
        c.StartedAt, c.EndedAt, c.DurationSeconds, [.. c.Turns.Select(TurnResponse.Of)]);
}
