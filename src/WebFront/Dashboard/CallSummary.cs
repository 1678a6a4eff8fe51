using Concierge.Grains.Interfaces.Calls;

namespace Concierge.WebFront.Dashboard;

/// <summary>A call in one line, as the transcript opens: who called, why, and what happened.</summary>
public static class CallSummary
{
    public static string Of(CallRecord call, PhoneDisplay phones)
    {
        var who = call.CallerName is { } name ? $"{name} ({phones.Of(call.From)})" : phones.Of(call.From);
        var kind = call.Category is null or "unknown" ? "" : $" ({call.Category} call)";
        var why = call.Reason is { Length: > 0 } reason ? $": {reason.TrimEnd('.')}" : "";
        var length = call.DurationSeconds is { } seconds ? $", after {DashboardFormat.Duration(seconds)}" : "";
        return $"{who} called{kind}{why}. Outcome: {DecisionLabels.Outcome(call.FinalDecision)}{length}.";
    }
}
