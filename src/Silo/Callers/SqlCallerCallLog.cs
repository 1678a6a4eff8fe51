using Concierge.Grains.Interfaces.Callers;
using Concierge.Silo.Storage;

namespace Concierge.Silo.Callers;

/// <summary>A caller's calls from the rows their call grains committed (caller_calls), with the call log's decision and category.</summary>
public sealed class SqlCallerCallLog(SqlStore store) : ICallerCallLog
{
    public async Task<IReadOnlyList<LoggedCallerCall>> SinceAsync(string companyId, string phone, DateTimeOffset since, int take, CancellationToken cancellationToken = default)
    {
        var sql = store.Dialect.Take(
            "SELECT cc.call_sid AS CallSid, cc.at_ms AS AtMs, cc.name_given AS NameGiven, c.final_decision AS Decision, c.category AS Category " +
            "FROM caller_calls cc LEFT JOIN calls c ON c.call_sid = cc.call_sid " +
            "WHERE cc.company_id = @CompanyId AND cc.phone = @Phone AND cc.at_ms >= @SinceMs ORDER BY cc.at_ms DESC, cc.call_sid DESC");
        var rows = await store.QueryAsync<Row>(
            sql, new { CompanyId = companyId, Phone = phone, SinceMs = since.ToUnixTimeMilliseconds(), Take = take }, cancellationToken);
        return [.. rows.Select(r => new LoggedCallerCall(r.CallSid, DateTimeOffset.FromUnixTimeMilliseconds(r.AtMs), r.NameGiven, r.Decision, r.Category))];
    }

    /// <summary>Init properties, so a row reads back whatever integer width a store reports.</summary>
    private sealed class Row
    {
        public string CallSid { get; init; } = "";

        public long AtMs { get; init; }

        public string? NameGiven { get; init; }

        public string? Decision { get; init; }

        public string? Category { get; init; }
    }
}
