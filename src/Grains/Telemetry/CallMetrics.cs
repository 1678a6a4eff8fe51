using System.Diagnostics.Metrics;
using Concierge.Grains.Calls;
using Concierge.Grains.Interfaces.Calls;

namespace Concierge.Grains.Telemetry;

/// <summary>
/// Calls as the call log has them, counted only once the state write that makes them so has committed: a turn that
/// fails is rolled back (and may be run again), so counting before the write would count what never happened, or twice.
/// </summary>
internal static class CallMetrics
{
    /// <summary>Dial outcomes Twilio reports, and ours (declined, not_accepted, caller_hung_up); anything else is "other", so a
    /// surprising value cannot grow the number of series.</summary>
    private static readonly HashSet<string> KnownTransferOutcomes =
        ["completed", "declined", "not_accepted", "caller_hung_up", "busy", "no-answer", "failed", "canceled"];

    private static readonly Counter<long> Calls = ConciergeMeter.Meter.CreateCounter<long>(
        "concierge.calls", "{call}", "Calls ended, by final decision (final_decision).");

    private static readonly Counter<long> Transfers = ConciergeMeter.Meter.CreateCounter<long>(
        "concierge.transfers", "{transfer}", "Transfers to the owner in calls that ended, by outcome.");

    private static readonly UpDownCounter<long> ActiveCalls = ConciergeMeter.Meter.CreateUpDownCounter<long>(
        "concierge.active_calls", "{call}", "Calls in the call log and not yet reported over by Twilio, as counted by this process.");

    /// <summary>A call's first state write committed: it is in the call log.</summary>
    public static void Stored() => ActiveCalls.Add(1);

    /// <summary>The write that ends <paramref name="call"/> committed: its decision and transfer outcome are final.</summary>
    public static void Ended(CallState call)
    {
        ActiveCalls.Add(-1);
        Calls.Add(1, new KeyValuePair<string, object?>("decision", call.Decision is { } decision && CallDecisions.All.Contains(decision) ? decision : "other"));
        if (call.TransferOutcome is { } outcome)
        {
            Transfers.Add(1, new KeyValuePair<string, object?>("outcome", KnownTransferOutcomes.Contains(outcome) ? outcome : "other"));
        }
    }
}
