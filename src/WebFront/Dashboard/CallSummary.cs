using Concierge.Grains.Interfaces.Calls;

namespace Concierge.WebFront.Dashboard;

/// <summary>A call in one line, as the transcript opens: who called, why, and what happened.</summary>
public static class CallSummary
{
    public static string Of(CallRecord call, PhoneDisplay phones)
    {
        var who = call.CallerName is { } name ? $"{name} at {phones.Of(call.From)}" : phones.Of(call.From);
        // The screener's reason names the kind of call already ("Sales: …"); the category stands in when there is none.
        var why = call.Reason is { Length: > 0 } reason ? $" — {reason.TrimEnd('.')}"
            : call.Category is null or "unknown" ? ""
            : $" — {call.Category}";
        var length = call.DurationSeconds is { } seconds ? $", after {DashboardFormat.Duration(seconds)}" : "";
        return $"{who} called{why}. Outcome: {DecisionLabels.Outcome(call.FinalDecision)}{length}.";
    }
}
