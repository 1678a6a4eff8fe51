using Orleans;

namespace Concierge.Grains.Interfaces.Companies;

/// <summary>
/// Someone allowed to send the company notes by SMS or WhatsApp (a member of staff on a job site). Messages from anyone
/// else get a polite reply and are not stored.
/// </summary>
/// <param name="Phone">E.164; WhatsApp's <c>whatsapp:+…</c> address of the same number is the same sender.</param>
[GenerateSerializer, Immutable, Alias("concierge.MessageSender")]
public sealed record MessageSender(string Phone, string Name, DateTimeOffset AddedAt) : PrivateRecord;

/// <summary>The outcome of adding a sender: the entry as it now stands (null only when the list is full).</summary>
[GenerateSerializer, Immutable, Alias("concierge.SenderChange")]
public sealed record SenderChange(SenderChangeKind Kind, MessageSender? Sender) : PrivateRecord;

[GenerateSerializer, Alias("concierge.SenderChangeKind")]
public enum SenderChangeKind
{
    Added,

    /// <summary>The number was already a sender: its name is replaced.</summary>
    Renamed,

    /// <summary>The list already holds <see cref="MessageSenders.MaxSenders"/> numbers; nothing changed.</summary>
    ListFull,
}

/// <summary>What a message <c>From</c> a sender looks like, and how many senders a company may have.</summary>
public static class MessageSenders
{
    /// <summary>The list lives in the company's grain state, written whole on every change: bounded so writes stay small.</summary>
    public const int MaxSenders = 500;

    /// <summary>The prefix of a WhatsApp address (<c>whatsapp:+15551234567</c>).</summary>
    public const string WhatsAppPrefix = "whatsapp:";

    /// <summary>Twilio's <c>From</c> without its channel prefix: the number a sender is listed under, in any format.</summary>
    public static string NumberOf(string from)
    {
        ArgumentNullException.ThrowIfNull(from);
        return from.StartsWith(WhatsAppPrefix, StringComparison.OrdinalIgnoreCase) ? from[WhatsAppPrefix.Length..] : from;
    }
}
