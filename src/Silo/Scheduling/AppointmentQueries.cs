using Concierge.Silo.Queries;
using Concierge.Silo.Storage;

namespace Concierge.Silo.Scheduling;

/// <summary>An appointment as the calendar list shows it.</summary>
public sealed class AppointmentListRow
{
    public string Reference { get; init; } = "";

    public string Day { get; init; } = "";

    public string StartTime { get; init; } = "";

    public long StartsAtMs { get; init; }

    public long EndsAtMs { get; init; }

    public string TypeName { get; init; } = "";

    public int DurationMinutes { get; init; }

    public string? CallerPhone { get; init; }

    public string? CallerName { get; init; }

    public string Status { get; init; } = "";

    public string? MovedTo { get; init; }
}

/// <summary>What an appointments list is filtered by: starts in [FromMs, ToMs); cancelled and moved ones only when asked.</summary>
public sealed record AppointmentFilter(long FromMs, long ToMs, bool IncludeCancelled = false, string? CallerPhone = null);

/// <summary>A company's appointments in start order, in keyset pages (the calendar list, the ICS feed, a caller's upcoming ones).</summary>
public sealed class AppointmentQueries(SqlStore storage)
{
    private const string Columns =
        "reference AS Reference, day AS Day, start_time AS StartTime, starts_at_ms AS StartsAtMs, ends_at_ms AS EndsAtMs, type_name AS TypeName, " +
        "duration_minutes AS DurationMinutes, caller_phone AS CallerPhone, caller_name AS CallerName, status AS Status, moved_to AS MovedTo";

    public async Task<Page<AppointmentListRow>> ListAsync(string companyId, AppointmentFilter filter, PageCursor? after, int take, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var conditions = new List<string> { "company_id = @CompanyId", "starts_at_ms >= @FromMs", "starts_at_ms < @ToMs" };
        if (!filter.IncludeCancelled)
        {
            conditions.Add("status = 'booked'");
        }

        if (filter.CallerPhone is not null)
        {
            conditions.Add("caller_phone = @CallerPhone");
        }

        if (after is not null)
        {
            conditions.Add(Keyset.After("starts_at_ms", "reference"));
        }

        var sql = storage.Dialect.Take($"SELECT {Columns} FROM appointments WHERE {string.Join(" AND ", conditions)} ORDER BY starts_at_ms, reference");
        var rows = await storage.QueryAsync<AppointmentListRow>(sql, new
        {
            CompanyId = companyId,
            filter.FromMs,
            filter.ToMs,
            filter.CallerPhone,
            AfterMs = after?.Position,
            AfterKey = after?.Key,
            Take = take + 1,
        }, cancellationToken);
        return Page.FromRows(rows, take, row => new PageCursor(row.StartsAtMs, row.Reference));
    }

    /// <summary>The day grains (company id, day) holding a text due by <paramref name="nowMs"/>, for the sweep.</summary>
    public Task<IReadOnlyList<DueDay>> DueTextsAsync(long nowMs, int take, CancellationToken cancellationToken = default) =>
        storage.QueryAsync<DueDay>(
            storage.Dialect.Take("SELECT company_id AS CompanyId, day AS Day FROM appointments WHERE next_text_at_ms IS NOT NULL AND next_text_at_ms <= @NowMs " +
                                 "GROUP BY company_id, day ORDER BY MIN(next_text_at_ms)"),
            new { NowMs = nowMs, Take = take }, cancellationToken);
}

/// <summary>A company's day with a text due.</summary>
public sealed class DueDay
{
    public string CompanyId { get; init; } = "";

    public string Day { get; init; } = "";
}
