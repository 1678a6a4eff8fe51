using Concierge.Silo.Storage;

namespace Concierge.Silo.Queries;

/// <summary>A caller as the callers list shows it.</summary>
public sealed class CallerSummary
{
    public string Phone { get; init; } = "";

    public string? Name { get; init; }

    public int CallCount { get; init; }

    public long? LastCallAtMs { get; init; }

    public string? LastDecision { get; init; }

    public double SpamScore { get; init; }

    public bool Blocked { get; init; }

    public long UpdatedAtMs { get; init; }
}

/// <summary>A company's callers, most recently active first, in keyset pages.</summary>
public sealed class CallerQueries(SqlStore storage)
{
    public async Task<Page<CallerSummary>> ListAsync(string companyId, bool blockedOnly, PageCursor? after, int take, CancellationToken cancellationToken = default)
    {
        var conditions = new List<string> { "company_id = @CompanyId" };
        if (blockedOnly)
        {
            conditions.Add("blocked = @Blocked");
        }

        if (after is not null)
        {
            conditions.Add(Keyset.Before("updated_at_ms", "phone"));
        }

        var sql = storage.Dialect.Take(
            "SELECT phone AS Phone, name AS Name, call_count AS CallCount, last_call_at_ms AS LastCallAtMs, last_decision AS LastDecision, " +
            "spam_score AS SpamScore, blocked AS Blocked, updated_at_ms AS UpdatedAtMs " +
            $"FROM callers WHERE {string.Join(" AND ", conditions)} ORDER BY updated_at_ms DESC, phone DESC");
        var rows = await storage.QueryAsync<CallerSummary>(
            sql, new { CompanyId = companyId, Blocked = true, AfterMs = after?.Position, AfterKey = after?.Key, Take = take + 1 }, cancellationToken);
        return Page.FromRows(rows, take, row => new PageCursor(row.UpdatedAtMs, row.Phone));
    }
}
