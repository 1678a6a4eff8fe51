using Concierge.Silo.Queries;
using Concierge.Silo.Storage;

namespace Concierge.Silo.Webhooks;

/// <summary>A delivery as the delivery list shows it.</summary>
public sealed class WebhookDeliverySummaryRow
{
    public string DeliveryId { get; init; } = "";

    public string EventType { get; init; } = "";

    public string Status { get; init; } = "";

    public int Attempts { get; init; }

    public string? Error { get; init; }

    public long CreatedAtMs { get; init; }

    public long? DeliveredAtMs { get; init; }

    public long? NextAttemptAtMs { get; init; }
}

/// <summary>A company's webhook deliveries, newest first, in keyset pages; and the deliveries due, across companies, for the sweep.</summary>
public sealed class WebhookQueries(SqlStore storage)
{
    public async Task<Page<WebhookDeliverySummaryRow>> ListAsync(string companyId, string? status, PageCursor? after, int take, CancellationToken cancellationToken = default)
    {
        var conditions = new List<string> { "company_id = @CompanyId" };
        if (status is not null)
        {
            conditions.Add("status = @Status");
        }

        if (after is not null)
        {
            conditions.Add(Keyset.Before("created_at_ms", "delivery_id"));
        }

        var sql = storage.Dialect.Take(
            "SELECT delivery_id AS DeliveryId, event_type AS EventType, status AS Status, attempts AS Attempts, error AS Error, " +
            "created_at_ms AS CreatedAtMs, delivered_at_ms AS DeliveredAtMs, next_attempt_at_ms AS NextAttemptAtMs " +
            $"FROM webhook_deliveries WHERE {string.Join(" AND ", conditions)} ORDER BY created_at_ms DESC, delivery_id DESC");
        var rows = await storage.QueryAsync<WebhookDeliverySummaryRow>(sql, new
        {
            CompanyId = companyId,
            Status = status,
            AfterMs = after?.Position,
            AfterKey = after?.Key,
            Take = take + 1,
        }, cancellationToken);
        return Page.FromRows(rows, take, row => new PageCursor(row.CreatedAtMs, row.DeliveryId));
    }

    /// <summary>Keys of up to <paramref name="take"/> pending deliveries whose next attempt is due by <paramref name="nowMs"/>, earliest first.</summary>
    public Task<IReadOnlyList<string>> DueAsync(long nowMs, int take, CancellationToken cancellationToken = default) =>
        storage.QueryAsync<string>(
            storage.Dialect.Take("SELECT delivery_key FROM webhook_deliveries WHERE next_attempt_at_ms IS NOT NULL AND next_attempt_at_ms <= @NowMs ORDER BY next_attempt_at_ms"),
            new { NowMs = nowMs, Take = take }, cancellationToken);
}
