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
    string? CallerLine,
    string Url)
{
    /// <summary>
    /// The event for <paramref name="call"/>, its start written as <paramref name="clock"/> (the company's zone) reads it,
    /// its number as <paramref name="phones"/> (the company's region) does.
    /// </summary>
    public static LiveCallEvent Of(LiveCall call, CompanyClock clock, PhoneDisplay phones) => new(
        call.CallSid,
        call.CallerName ?? phones.Of(call.FromNumber),
        phones.Of(call.FromNumber),
        call.Status,
        call.FinalDecision,
        call.FinalDecision is null ? null : DecisionLabels.Of(call.FinalDecision),
        call.Reason,
        DateTimeOffset.FromUnixTimeMilliseconds(call.StartedAtMs),
        clock.Time(call.StartedAtMs),
        call.DurationSeconds,
        call.TurnCount,
        call.TurnSpeaker is null
            ? null
            : new LiveTurn(
                call.TurnSpeaker, call.TurnText ?? "", call.TurnLatencyMs,
                call.TurnBrain is null ? null : DecisionLabels.OfBrain(call.TurnBrain), call.TurnAction is null ? null : DecisionLabels.OfAction(call.TurnAction)),
        call.CallerLine,
        DashboardLinks.Call(call.CallSid));
}

/// <summary>The latest turn of a live call; latency, brain and action are the screener's, on the concierge's turns, in words ("rules", "end the call").</summary>
public sealed record LiveTurn(string Speaker, string Text, int? LatencyMs, string? Brain, string? Action);
