using Concierge.Silo.Queries;
using Concierge.Silo.Storage;

namespace Concierge.Silo.Handovers;

/// <summary>A handover as the handover list shows it (without its token's digits, which only the agent's phone hears).</summary>
public sealed class HandoverSummaryRow
{
    public string HandoverId { get; init; } = "";

    public string CallSid { get; init; } = "";

    public string CallerPhone { get; init; } = "";

    public string? CallerName { get; init; }

    public string Reason { get; init; } = "";

    public long CreatedAtMs { get; init; }

    public long ExpiresAtMs { get; init; }

    public long? UsedAtMs { get; init; }
}

/// <summary>A company's handovers, newest first, in keyset pages.</summary>
public sealed class HandoverQueries(SqlStore storage)
{
    public async Task<Page<HandoverSummaryRow>> ListAsync(string companyId, PageCursor? after, int take, CancellationToken cancellationToken = default)
    {
        var conditions = new List<string> { "company_id = @CompanyId" };
        if (after is not null)
        {
            conditions.Add(Keyset.Before("created_at_ms", "handover_id"));
        }

        var sql = storage.Dialect.Take(
            "SELECT handover_id AS HandoverId, call_sid AS CallSid, caller_phone AS CallerPhone, caller_name AS CallerName, reason AS Reason, " +
            "created_at_ms AS CreatedAtMs, expires_at_ms AS ExpiresAtMs, used_at_ms AS UsedAtMs " +
            $"FROM handovers WHERE {string.Join(" AND ", conditions)} ORDER BY created_at_ms DESC, handover_id DESC");
        var rows = await storage.QueryAsync<HandoverSummaryRow>(sql, new
        {
            CompanyId = companyId,
            AfterMs = after?.Position,
            AfterKey = after?.Key,
            Take = take + 1,
        }, cancellationToken);
        return Page.FromRows(rows, take, row => new PageCursor(row.CreatedAtMs, row.HandoverId));
    }
}
