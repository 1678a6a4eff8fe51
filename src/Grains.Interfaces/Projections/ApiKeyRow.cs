namespace Concierge.Grains.Interfaces.Projections;

/// <summary>
/// An API key by its SHA-256 hash: a request's key is hashed and looked up here to find its company.
/// Revoking deletes the row, so a revoked key fails on the very next request, on every node.
/// </summary>
[ProjectionTable("api_keys", nameof(KeyHash))]
public sealed record ApiKeyRow(string KeyHash, string KeyId, string CompanyId, long CreatedAtMs) : IProjectionRow;
