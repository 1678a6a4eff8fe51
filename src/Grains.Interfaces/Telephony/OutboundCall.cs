using Orleans;

namespace Concierge.Grains.Interfaces.Telephony;

/// <summary>
/// A call to place: what it does once answered comes from <paramref name="Url"/> (TwiML fetched then) or
/// <paramref name="Twiml"/> (inline, absolute action URLs), exactly one of the two.
/// </summary>
/// <param name="From">One of the company's numbers (E.164).</param>
/// <param name="To">The number to call (E.164).</param>
/// <param name="StatusCallback">Where the network reports the call's progress.</param>
/// <param name="StatusCallbackEvents">Which progress events it reports (initiated, ringing, answered, completed); null: all four.</param>
/// <param name="MachineDetection">Twilio's answering-machine detection (<c>Enable</c>, or <c>DetectMessageEnd</c> to wait for the
/// beep); the answer's <c>AnsweredBy</c> then says human or machine. Null: none.</param>
[GenerateSerializer, Immutable, Alias("concierge.OutboundCall")]
public sealed record OutboundCall(
    string From,
    string To,
    Uri? Url = null,
    string? Twiml = null,
    Uri? StatusCallback = null,
    IReadOnlyList<string>? StatusCallbackEvents = null,
    string? MachineDetection = null) : PrivateRecord;

/// <summary>A call the network has on record: its id, status and when it was created.</summary>
[GenerateSerializer, Immutable, Alias("concierge.PlacedCall")]
public sealed record PlacedCall(string CallSid, string Status, DateTimeOffset CreatedAt);
