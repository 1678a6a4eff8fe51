using Concierge.Grains.Interfaces.Companies;
using Concierge.Silo.Storage;

namespace Concierge.Silo.Queries;

/// <summary>Which company answers a called number, and which company an API key belongs to.</summary>
public sealed class CompanyDirectory(SqlStore storage)
{
    /// <summary>The company that claimed <paramref name="calledNumber"/>, else the default company.</summary>
    public async Task<string> CompanyForNumberAsync(string calledNumber, CancellationToken cancellationToken = default)
    {
        var rows = await storage.QueryAsync<string>(
            "SELECT company_id FROM company_numbers WHERE number = @Number", new { Number = calledNumber }, cancellationToken);
        return rows.Count > 0 ? rows[0] : CompanyIds.Default;
    }

    /// <summary>The company and key id of an API key, by the key's hash; null for an unknown or revoked key.</summary>
    public async Task<ApiKeyOwner?> ApiKeyOwnerAsync(string keyHash, CancellationToken cancellationToken = default)
    {
        var rows = await storage.QueryAsync<ApiKeyOwner>(
            "SELECT company_id AS CompanyId, key_id AS KeyId FROM api_keys WHERE key_hash = @Hash", new { Hash = keyHash }, cancellationToken);
        return rows.Count > 0 ? rows[0] : null;
    }
}

public sealed record ApiKeyOwner(string CompanyId, string KeyId);
