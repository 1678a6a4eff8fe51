using Orleans;

namespace Concierge.Grains.Interfaces.Calls;

/// <summary>A call reaching one of the company's numbers.</summary>
/// <param name="CompanyId">The company owning the called number.</param>
/// <param name="From">The caller's number as Twilio gave it (E.164, or "anonymous"-like values for hidden numbers).</param>
/// <param name="To">The number called.</param>
/// <param name="CallerIdName">The carrier's caller-ID name, when Twilio has one.</param>
/// <param name="ForwardedFrom">The owner's own number when the call was forwarded.</param>
[GenerateSerializer, Immutable, Alias("concierge.IncomingCall")]
public sealed record IncomingCall(string CompanyId, string From, string To, string? CallerIdName = null, string? ForwardedFrom = null) : PrivateRecord;

/// <summary>
/// What the caller said (Twilio's speech recognition), with its confidence (0..1) when given, in answer to the listening
/// numbered <paramref name="Turn"/> (<see cref="ListenStep.Turn"/>); a null turn (a request from an old number
/// configuration, without one) answers the listening the call is at.
/// </summary>
[GenerateSerializer, Immutable, Alias("concierge.CallerInput")]
public sealed record CallerInput(string? Speech, double? Confidence = null, int? Turn = null) : PrivateRecord;

/// <summary>The end of a transfer attempt: Twilio's DialCallStatus, the owner-leg duration, and whether the legs were bridged.</summary>
[GenerateSerializer, Immutable, Alias("concierge.DialResult")]
public sealed record DialResult(string Status, int? DurationSeconds = null, bool? Bridged = null);

/// <summary>Twilio's final CallStatus for the call and its duration in seconds.</summary>
[GenerateSerializer, Immutable, Alias("concierge.CallEnded")]
public sealed record CallEnded(string Status, int? DurationSeconds = null);

/// <summary>
/// A webhook could not give the caller the concierge's answer and told them of a technical problem at <paramref name="At"/>.
/// <paramref name="Incoming"/> describes the call when the webhook was its first (<c>/twilio/voice</c>): the call may never
/// have started.
/// </summary>
[GenerateSerializer, Immutable, Alias("concierge.TroubleTold")]
public sealed record TroubleTold(string Webhook, DateTimeOffset At, IncomingCall? Incoming = null) : PrivateRecord;
