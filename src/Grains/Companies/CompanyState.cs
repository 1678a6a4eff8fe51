using Concierge.Grains.Interfaces.Companies;

namespace Concierge.Grains.Companies;

/// <summary>A company's durable state, owned by its <see cref="CompanyGrain"/>.</summary>
public sealed class CompanyState
{
    public CompanySettings? Settings { get; set; }

    /// <summary>The exception list by E.164 number, removed entries included (inactive).</summary>
    public Dictionary<string, ExceptionEntry> Exceptions { get; set; } = [];

    /// <summary>Issued keys (hash, never the key), by key id.</summary>
    public Dictionary<string, StoredApiKey> ApiKeys { get; set; } = [];

    /// <summary>Who may send the company notes by SMS or WhatsApp, by E.164 number.</summary>
    public Dictionary<string, MessageSender> Senders { get; set; } = [];

    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>The last session epoch handed to a key: epochs are never reused, so a key revoked and registered again does not revive old sessions.</summary>
    public long LastSessionEpoch { get; set; }
}

/// <summary>
/// A key as the company keeps it: its hash, what it is for, and the epoch of its sessions (a session opened with the key
/// is current while the key keeps the epoch it was opened in; signing out moves the key to a new one).
/// </summary>
public sealed record StoredApiKey(string KeyId, string Hash, string Label, DateTimeOffset CreatedAt, long SessionEpoch = 0);
