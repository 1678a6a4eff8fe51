using Concierge.Silo.Queries;
using Concierge.Silo.Storage;

namespace Concierge.Silo.Leads;

/// <summary>A lead as the leads list shows it.</summary>
public sealed class LeadSummaryRow
{
    public string LeadId { get; init; } = "";

    public string Name { get; init; } = "";

    public string Phone { get; init; } = "";

    public string? Source { get; init; }

    public string Status { get; init; } = "";

    public int? Score { get; init; }

    public string? Tier { get; init; }

    public int Attempts { get; init; }

    public long CreatedAtMs { get; init; }

    public long? NextAttemptAtMs { get; init; }
}

/// <summary>How many of a company's leads stand at <see cref="Status"/>.</summary>
public sealed class LeadStatusCount
{
    public string Status { get; init; } = "";

    public long Leads { get; init; }
}

/// <summary>What a leads list is filtered by; null fields do not filter. A score bound leaves out leads not scored yet.</summary>
public sealed record LeadFilter(string? Status = null, int? MinScore = null, int? MaxScore = null, long? FromMs = null, long? ToMs = null);

/// <summary>A company's leads, newest first, in keyset pages; its open lead for a number; the leads due for a call, for the sweep.</summary>
public sealed class LeadQueries(SqlStore storage)
{
    public async Task<Page<LeadSummaryRow>> ListAsync(string companyId, LeadFilter filter, PageCursor? after, int take, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var conditions = new List<string> { "company_id = @CompanyId" };
        if (filter.Status is not null)
        {
            conditions.Add("status = @Status");
        }

        if (filter.MinScore is not null)
        {
            conditions.Add("score >= @MinScore");
        }

        if (filter.MaxScore is not null)
        {
            conditions.Add("score <= @MaxScore");
        }

        if (filter.FromMs is not null)
        {
            conditions.Add("created_at_ms >= @FromMs");
        }

        if (filter.ToMs is not null)
        {
            conditions.Add("created_at_ms < @ToMs");
        }

        if (after is not null)
        {
            conditions.Add(Keyset.Before("created_at_ms", "lead_id"));
        }

        var sql = storage.Dialect.Take(
            "SELECT lead_id AS LeadId, name AS Name, phone AS Phone, source AS Source, status AS Status, score AS Score, tier AS Tier, " +
            "attempts AS Attempts, created_at_ms AS CreatedAtMs, next_attempt_at_ms AS NextAttemptAtMs " +
            $"FROM leads WHERE {string.Join(" AND ", conditions)} ORDER BY created_at_ms DESC, lead_id DESC");
        var rows = await storage.QueryAsync<LeadSummaryRow>(sql, new
        {
            CompanyId = companyId,
            filter.Status,
            filter.MinScore,
            filter.MaxScore,
            filter.FromMs,
            filter.ToMs,
            AfterMs = after?.Position,
            AfterKey = after?.Key,
            Take = take + 1,
        }, cancellationToken);
        return Page.FromRows(rows, take, row => new PageCursor(row.CreatedAtMs, row.LeadId));
    }

    /// <summary>The company's leads counted by status (statuses with none left out): the dashboard's pipeline.</summary>
    public Task<IReadOnlyList<LeadStatusCount>> CountByStatusAsync(string companyId, CancellationToken cancellationToken = default) =>
        storage.QueryAsync<LeadStatusCount>(
            "SELECT status AS Status, COUNT(*) AS Leads FROM leads WHERE company_id = @CompanyId GROUP BY status", new { CompanyId = companyId }, cancellationToken);

    /// <summary>The id of the company's open lead for <paramref name="phone"/> (E.164); null when it has none.</summary>
    public async Task<string?> OpenLeadAsync(string companyId, string phone, CancellationToken cancellationToken = default)
    {
        var found = await storage.QueryAsync<string>(
            "SELECT lead_id FROM lead_open_numbers WHERE company_id = @CompanyId AND phone = @Phone",
            new { CompanyId = companyId, Phone = phone }, cancellationToken);
        return found.Count > 0 ? found[0] : null;
    }

    /// <summary>Up to <paramref name="take"/> leads whose next call is due by <paramref name="nowMs"/>, earliest first.</summary>
    public Task<IReadOnlyList<string>> DueAsync(long nowMs, int take, CancellationToken cancellationToken = default) =>
        storage.QueryAsync<string>(
            storage.Dialect.Take("SELECT lead_id FROM leads WHERE next_attempt_at_ms IS NOT NULL AND next_attempt_at_ms <= @NowMs ORDER BY next_attempt_at_ms"),
            new { NowMs = nowMs, Take = take }, cancellationToken);
}
