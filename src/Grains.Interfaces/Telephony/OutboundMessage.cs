using Orleans;

namespace Concierge.Grains.Interfaces.Telephony;

/// <summary>A text to send: SMS between E.164 numbers, WhatsApp between <c>whatsapp:+…</c> addresses.</summary>
/// <param name="Body">At most 1,600 characters.</param>
/// <param name="MediaUrls">Public URLs of pictures or audio to attach.</param>
[GenerateSerializer, Immutable, Alias("concierge.OutboundMessage")]
public sealed record OutboundMessage(string From, string To, string Body, IReadOnlyList<Uri>? MediaUrls = null) : PrivateRecord;
