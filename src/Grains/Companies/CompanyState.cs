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

    public DateTimeOffset? CreatedAt { get; set; }
}

/// <summary>A key as the company keeps it: its hash and what it is for.</summary>
public sealed record StoredApiKey(string KeyId, string Hash, string Label, DateTimeOffset CreatedAt);
