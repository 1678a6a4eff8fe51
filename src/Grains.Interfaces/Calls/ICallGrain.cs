using Orleans;
using Orleans.Concurrency;

namespace Concierge.Grains.Interfaces.Calls;

/// <summary>
/// One phone call (key: Twilio's CallSid): the screening state machine, every turn with its timing, the
/// decision and its reason, and how a transfer went. Each method answers with the next step for the caller.
/// </summary>
/// <remarks>
/// A webhook passes a <see cref="CancellationToken"/> it cancels when it can no longer wait for the answer: a turn
/// cancelled before it saves writes nothing (its caller is told of a technical problem instead, and
/// <see cref="TroubleToldAsync"/> records that).
/// </remarks>
[Alias("concierge.ICallGrain")]
public interface ICallGrain : IGrainWithStringKey
{
    /// <summary>The call arrives. A repeated start (Twilio retry) returns the step for the current state.</summary>
    Task<CallStep> StartAsync(IncomingCall incoming, CancellationToken cancellationToken = default);

    /// <summary>
    /// The caller spoke (or stayed silent: empty speech) while the concierge listened. A repeat of the turn heard last
    /// gets the same step again and changes nothing; an answer to any other listening but the current one changes nothing.
    /// </summary>
    Task<CallStep> HearAsync(CallerInput input, CancellationToken cancellationToken = default);

    /// <summary>The owner's leg of a transfer ended: answered and connected, or not. A repeated result changes nothing.</summary>
    Task<CallStep> DialEndedAsync(DialResult result, CancellationToken cancellationToken = default);

    /// <summary>What to tell the owner when they pick up, before the caller is connected.</summary>
    [ReadOnly]
    Task<WhisperStep> WhisperAsync();

    /// <summary>The owner's reply to the whisper: the key they pressed, if any. A repeated reply changes nothing.</summary>
    Task<WhisperStep> WhisperAnsweredAsync(string? digits, CancellationToken cancellationToken = default);

    /// <summary>Twilio reports the call over (status callback): records the end time and duration.</summary>
    Task CallEndedAsync(CallEnded ended, CancellationToken cancellationToken = default);

    /// <summary>
    /// The caller was told of a technical problem instead of an answer (a webhook's fallback, which hangs up): records what
    /// they heard and ends the call; a call that had no decision ends <see cref="CallDecisions.Abandoned"/> with a reason
    /// saying so. The call is ended on Twilio's word (its status callback), or once it has been silent for a while after
    /// the apology (the status callback may have been lost to the same outage); until then this answers false and changes
    /// nothing, and the caller asks again later. A call that went on after the apology keeps going: the apology is only
    /// logged. A call never started is recorded from <see cref="TroubleTold.Incoming"/> when given. Only the first report
    /// counts; true once there is nothing left to record.
    /// </summary>
    Task<bool> TroubleToldAsync(TroubleTold trouble);

    /// <summary>The call with all its turns; null when no call with this CallSid was ever started.</summary>
    [ReadOnly]
    Task<CallRecord?> GetAsync();

    // Realtime voice mode: the media-stream relay lives with the socket in the front end and tells the call of its stream at
    // turn granularity (a start, the turns, a decision, the end), never per frame.

    /// <summary>
    /// The stream's start presents <paramref name="token"/>: the brief for the voice model when the call issued that token
    /// and it was not used yet; null otherwise (the stream is refused). A token is good once.
    /// </summary>
    Task<StreamBrief?> StreamStartedAsync(string token);

    /// <summary>Turns heard and said on the stream, in order, for the call log.</summary>
    Task StreamTurnsAsync(IReadOnlyList<StreamTurn> turns);

    /// <summary>
    /// The voice model decided (a tool call): recorded as the call's decision, and the step that follows it is kept for
    /// <see cref="StreamEndedAsync"/>. Only the first decision counts; true when this one was recorded.
    /// </summary>
    Task<bool> StreamDecidedAsync(StreamDecision decision);

    /// <summary>
    /// The stream is over and Twilio asks what next (the Connect action): the step the decision earned, or, with no
    /// decision (the model failed, the socket dropped), screening carries on in gather mode. A repeat answers the same.
    /// </summary>
    Task<CallStep> StreamEndedAsync(CancellationToken cancellationToken = default);
}
