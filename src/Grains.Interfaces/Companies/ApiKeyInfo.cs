using Orleans;

namespace Concierge.Grains.Interfaces.Companies;

/// <summary>An API key as listed: an id to revoke it by, a label, when it was issued. Never the key itself.</summary>
[GenerateSerializer, Immutable, Alias("concierge.ApiKeyInfo")]
public sealed record ApiKeyInfo(string KeyId, string Label, DateTimeOffset CreatedAt);

/// <summary>A key just issued: <paramref name="Key"/> is shown this once and stored only as a hash.</summary>
[GenerateSerializer, Immutable, Alias("concierge.IssuedApiKey")]
public sealed record IssuedApiKey(string KeyId, string Key, string Label, DateTimeOffset CreatedAt) : PrivateRecord;
