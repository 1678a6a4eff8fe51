using Orleans;

namespace Concierge.Grains.Interfaces.Calls;

/// <summary>
/// The call (key: CallSid) as the media-stream relay sees it in <c>realtime</c> voice mode. The relay lives with the socket
/// in the front end; the call hears from it at turn granularity (a start, the turns, a decision, the end), never per frame.
/// </summary>
[Alias("concierge.ICallStreamGrain")]
public interface ICallStreamGrain : IGrainWithStringKey
{
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
