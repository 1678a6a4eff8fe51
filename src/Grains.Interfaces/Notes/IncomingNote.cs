using Orleans;

namespace Concierge.Grains.Interfaces.Notes;

/// <summary>A message from an authorised sender, as the messaging webhook received it.</summary>
/// <param name="From">Twilio's <c>From</c> as given (<c>+E164</c> for SMS, <c>whatsapp:+E164</c>): the reply goes back to it.</param>
/// <param name="To">The company's number it was sent to: the reply comes from it.</param>
/// <param name="SenderPhone">The sender's E.164 number, as listed among the company's senders.</param>
/// <param name="Body">The text typed, empty for a voice note without one.</param>
[GenerateSerializer, Immutable, Alias("concierge.IncomingNote")]
public sealed record IncomingNote(
    string CompanyId,
    string From,
    string To,
    string SenderPhone,
    string SenderName,
    string Body,
    IReadOnlyList<NoteMedia> Media) : PrivateRecord;

/// <summary>A media item of a message: Twilio's <c>MediaUrl{N}</c> and <c>MediaContentType{N}</c>.</summary>
[GenerateSerializer, Immutable, Alias("concierge.NoteMedia")]
public sealed record NoteMedia(Uri Url, string ContentType) : PrivateRecord;
