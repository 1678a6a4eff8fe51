namespace Concierge.Grains.Interfaces.Telephony;

/// <summary>
/// The phone network as the grains see it: place and steer calls, send texts. No side effect is ever repeated by the
/// implementation: a request that may have reached the network is not retried, so a failure can mean "done" as well as
/// "not done" (<see cref="TelephonyException.MayHaveHappened"/>).
/// </summary>
public interface ITelephony
{
    /// <summary>Places an outbound call; returns its CallSid.</summary>
    Task<string> PlaceCallAsync(OutboundCall outbound, CancellationToken cancellationToken = default);

    /// <summary>Replaces what the live call <paramref name="callSid"/> is doing with <paramref name="twiml"/> (its action URLs must be absolute).</summary>
    Task UpdateCallAsync(string callSid, string twiml, CancellationToken cancellationToken = default);

    /// <summary>Has the live call <paramref name="callSid"/> continue with the TwiML at <paramref name="url"/>.</summary>
    Task RedirectCallAsync(string callSid, Uri url, CancellationToken cancellationToken = default);

    /// <summary>Ends the live call <paramref name="callSid"/>.</summary>
    Task HangUpAsync(string callSid, CancellationToken cancellationToken = default);

    /// <summary>The call's status as the network knows it (<c>queued</c>, <c>ringing</c>, <c>in-progress</c>, <c>completed</c>…).</summary>
    Task<string> GetCallStatusAsync(string callSid, CancellationToken cancellationToken = default);

    /// <summary>
    /// The calls placed from <paramref name="caller"/> to <paramref name="callee"/> created at or after <paramref name="createdSince"/>,
    /// newest first: how a call placed just before a crash is found again (the network takes no idempotency key).
    /// </summary>
    Task<IReadOnlyList<PlacedCall>> FindCallsAsync(string caller, string callee, DateTimeOffset createdSince, CancellationToken cancellationToken = default);

    /// <summary>Sends an SMS or, with <c>whatsapp:</c> addresses, a WhatsApp message; returns its MessageSid.</summary>
    Task<string> SendMessageAsync(OutboundMessage message, CancellationToken cancellationToken = default);
}
