using Concierge.Silo.Storage;

namespace Concierge.Silo.Queries;

/// <summary>A company as the operator's list shows it.</summary>
public sealed class CompanySummary
{
    public string CompanyId { get; init; } = "";

    public string Name { get; init; } = "";

    public string? OwnerPhone { get; init; }

    public long CreatedAtMs { get; init; }
}

/// <summary>All companies, by id, in keyset pages.</summary>
public sealed class CompanyQueries(SqlStore storage)
{
    public async Task<Page<CompanySummary>> ListAsync(PageCursor? after, int take, CancellationToken cancellationToken = default)
    {
        var sql = storage.Dialect.Take(
            "SELECT company_id AS CompanyId, name AS Name, owner_phone AS OwnerPhone, created_at_ms AS CreatedAtMs FROM companies " +
            $"{(after is null ? "" : "WHERE company_id > @After ")}ORDER BY company_id");
        var rows = await storage.QueryAsync<CompanySummary>(sql, new { After = after?.Key, Take = take + 1 }, cancellationToken);
        return Page.FromRows(rows, take, row => new PageCursor(0, row.CompanyId));
    }
}
