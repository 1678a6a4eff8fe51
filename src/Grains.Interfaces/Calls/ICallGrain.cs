using Orleans;
using Orleans.Concurrency;

namespace Concierge.Grains.Interfaces.Calls;

/// <summary>
/// One phone call (key: Twilio's CallSid): the screening state machine, every turn with its timing, the
/// decision and its reason, and how a transfer went. Each method answers with the next step for the caller.
/// </summary>
[Alias("concierge.ICallGrain")]
public interface ICallGrain : IGrainWithStringKey
{
    /// <summary>The call arrives. A repeated start (Twilio retry) returns the step for the current state.</summary>
    Task<CallStep> StartAsync(IncomingCall incoming);

    /// <summary>
    /// The caller spoke (or stayed silent: empty speech) while the concierge listened. A repeat of the turn heard last
    /// gets the same step again and changes nothing; an answer to any other listening but the current one changes nothing.
    /// </summary>
    Task<CallStep> HearAsync(CallerInput input);

    /// <summary>The owner's leg of a transfer ended: answered and connected, or not. A repeated result changes nothing.</summary>
    Task<CallStep> DialEndedAsync(DialResult result);

    /// <summary>What to tell the owner when they pick up, before the caller is connected.</summary>
    [ReadOnly]
    Task<WhisperStep> WhisperAsync();

    /// <summary>The owner's reply to the whisper: the key they pressed, if any. A repeated reply changes nothing.</summary>
    Task<WhisperStep> WhisperAnsweredAsync(string? digits);

    /// <summary>Twilio reports the call over (status callback): records the end time and duration.</summary>
    Task CallEndedAsync(CallEnded ended);

    /// <summary>The call with all its turns; null when no call with this CallSid was ever started.</summary>
    [ReadOnly]
    Task<CallRecord?> GetAsync();
}
