using Concierge.Grains.Interfaces.Calls;
using Orleans.Runtime;

namespace Concierge.Grains.Calls;

/// <summary>What became of a report that the caller was told of a technical problem.</summary>
internal enum TroubleRecording
{
    /// <summary>Recorded before, or about a call never started that the report does not describe.</summary>
    NothingToRecord,

    /// <summary>The call may still be live: Twilio has not reported it over, and it has not been silent long.</summary>
    NotYet,

    /// <summary>Turns (and the end of the call, if it ended there) recorded; the state is to be saved.</summary>
    Recorded,
}

/// <summary>
/// What the call log says when a webhook told the caller of a technical problem instead of the concierge's answer (its
/// fallback, which hangs up): the words they heard, and the end of the call with the reason. The end is recorded on
/// Twilio's word (the status callback), or once the call has been silent for <see cref="CallGrain.TroubleSilence"/>; a
/// call that went on after the apology (the grain answered a later webhook) keeps going, and the apology is only logged.
/// </summary>
internal sealed class CallTrouble(IPersistentState<CallState> state, CallJournal journal)
{
    private CallState Call => state.State;

    public TroubleRecording Record(TroubleTold trouble)
    {
        if (state.RecordExists ? Call.TroubleTold : trouble.Incoming is null)
        {
            return TroubleRecording.NothingToRecord;
        }

        bool ends;
        if (!state.RecordExists)
        {
            // The call's first webhook failed: the caller heard nothing but the apology. The call is recorded from what
            // Twilio said about it; its caller's history is left alone (the call never reached the caller grain).
            var incoming = trouble.Incoming!;
            Call.CompanyId = incoming.CompanyId;
            Call.From = incoming.From;
            Call.To = incoming.To;
            Call.CallerName = incoming.CallerIdName;
            Call.StartedAt = trouble.At;
            ends = true;
        }
        else
        {
            var wentOn = Call.Turns.Exists(t => t.Speaker != TurnSpeakers.System && t.At > trouble.At);
            var over = Call.EndedAt is not null || Call.Phase == CallPhase.Ended || journal.Now - trouble.At >= CallGrain.TroubleSilence;
            if (!wentOn && !over)
            {
                return TroubleRecording.NotYet;
            }

            ends = !wentOn;
        }

        Call.TroubleTold = true;
        journal.Concierge(ServiceTrouble.Announcement, at: trouble.At);
        if (!ends)
        {
            journal.Event($"The {trouble.Webhook} webhook failed: the caller was told of a technical problem, and the call went on.", trouble.At);
            return TroubleRecording.Recorded;
        }

        journal.Event($"The {trouble.Webhook} webhook failed: the caller was told of a technical problem, and the call ended.", trouble.At);
        Call.Phase = CallPhase.Ended;
        if (Call.Decision is null or CallDecisions.Abandoned)
        {
            // Abandoned (ended before any decision) may come from the status callback, arriving first; this says why.
            Call.Decision = CallDecisions.Abandoned;
            Call.Reason = CallGrain.TroubleReason;
        }

        return TroubleRecording.Recorded;
    }
}
