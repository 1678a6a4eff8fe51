using Concierge.Silo.Queries;

namespace Concierge.WebFront.Dashboard.Live;

/// <summary>A call as the live page draws it: who, since when, where it stands, and what was said last.</summary>
public sealed record LiveCallEvent(
    string CallSid,
    string Caller,
    string From,
    string Status,
    string? Decision,
    string? DecisionLabel,
    string? Reason,
    DateTimeOffset StartedAt,
    string StartedAtText,
    int? DurationSeconds,
    int TurnCount,
    LiveTurn? LatestTurn,
    string Url)
{
    /// <summary>The event for <paramref name="call"/>, its start written as <paramref name="clock"/> (the company's zone) reads it.</summary>
    public static LiveCallEvent Of(LiveCall call, CompanyClock clock) => new(
        call.CallSid,
        call.CallerName ?? call.FromNumber,
        call.FromNumber,
        call.Status,
        call.FinalDecision,
        call.FinalDecision is null ? null : DecisionLabels.Of(call.FinalDecision),
        call.Reason,
        DateTimeOffset.FromUnixTimeMilliseconds(call.StartedAtMs),
        clock.Time(call.StartedAtMs),
        call.DurationSeconds,
        call.TurnCount,
        call.TurnSpeaker is null ? null : new LiveTurn(call.TurnSpeaker, call.TurnText ?? "", call.TurnLatencyMs, call.TurnBrain, call.TurnAction),
        DashboardLinks.Call(call.CallSid));
}

/// <summary>The latest turn of a live call; latency, brain and action are the screener's, on the concierge's turns.</summary>
public sealed record LiveTurn(string Speaker, string Text, int? LatencyMs, string? Brain, string? Action);
