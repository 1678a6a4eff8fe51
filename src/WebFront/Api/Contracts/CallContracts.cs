using System.Text.Json.Serialization;
using Concierge.Grains.Interfaces.Calls;
using Concierge.Grains.Interfaces.Projections;
using Concierge.WebFront.Api.OpenApi;

namespace Concierge.WebFront.Api.Contracts;

/// <summary>A page of calls, newest first; pass <paramref name="NextCursor"/> as <c>cursor</c> for the next page.</summary>
public sealed record CallPageResponse(IReadOnlyList<CallResponse> Items, string? NextCursor);

/// <summary>One turn: who spoke, what was said, when, and for the concierge's turns the screener's latency, brain and action.</summary>
public sealed record TurnResponse(
    int Seq,
    [property: OneOf(ApiWordList.Speaker)] string Speaker,
    string Text,
    DateTimeOffset At,
    int? LatencyMs,
    string? Brain,
    string? Action,
    double? Confidence)
{
    public static TurnResponse Of(CallTurn t) => new(t.Seq, t.Speaker, t.Text, t.At, t.LatencyMs, t.Brain, t.Action, t.Confidence);
}

/// <summary>
/// A call, the one shape the API gives it: in a page of the list without its message and turns (a list reads the call
/// log's rows; ask for the call itself for those), alone with every turn, its timings, decision, reason and transfer outcome.
/// </summary>
public sealed record CallResponse(
    string CallSid,
    string From,
    string To,
    string? CallerName,
    [property: OneOf(ApiWordList.CallStatus)] string Status,
    [property: OneOf(ApiWordList.CallDecision)] string? Decision,
    string? Reason,
    string? TransferOutcome,
    [property: OneOf(ApiWordList.CallCategory)] string? Category,
    string? DecidedBy,
    DateTimeOffset StartedAt,
    DateTimeOffset? EndedAt,
    int? DurationSeconds,
    int TurnCount,
    bool Reviewed,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Message = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<TurnResponse>? Turns = null)
{
    /// <summary>A call as the list shows it, from its row in the call log.</summary>
    public static CallResponse Of(CallRow c, bool reviewed) => new(
        c.CallSid, c.FromNumber, c.ToNumber, c.CallerName, c.Status, c.FinalDecision, c.Reason, c.TransferOutcome, c.Category, c.DecidedBy,
        DateTimeOffset.FromUnixTimeMilliseconds(c.StartedAtMs), c.EndedAtMs is { } ended ? DateTimeOffset.FromUnixTimeMilliseconds(ended) : null,
        c.DurationSeconds, c.TurnCount, reviewed);

    /// <summary>A call with its message and every turn, from its grain.</summary>
    public static CallResponse Of(CallRecord c, bool reviewed) => new(
        c.CallSid, c.From, c.To, c.CallerName, c.Status, c.FinalDecision, c.Reason, c.TransferOutcome, c.Category, c.DecidedBy,
        c.StartedAt, c.EndedAt, c.DurationSeconds, c.Turns.Count, reviewed, c.Message, [.. c.Turns.Select(TurnResponse.Of)]);
}
