using Orleans;

namespace Concierge.Grains.Interfaces.Telephony;

/// <summary>
/// A call to place: what it does once answered comes from <paramref name="Url"/> (TwiML fetched then) or
/// <paramref name="Twiml"/> (inline, absolute action URLs), exactly one of the two.
/// </summary>
/// <param name="From">One of the company's numbers (E.164).</param>
/// <param name="To">The number to call (E.164).</param>
/// <param name="StatusCallback">Where the network reports the call's progress (initiated, ringing, answered, completed).</param>
[GenerateSerializer, Immutable, Alias("concierge.OutboundCall")]
public sealed record OutboundCall(string From, string To, Uri? Url = null, string? Twiml = null, Uri? StatusCallback = null) : PrivateRecord;
