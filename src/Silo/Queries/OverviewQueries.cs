using System.Globalization;
using Concierge.Silo.Storage;

namespace Concierge.Silo.Queries;

/// <summary>How many calls started on one day (counted from the window's first day, 0) ended with one decision ("" while undecided).</summary>
public sealed class DecisionDayCount
{
    public long Day { get; init; }

    public string Decision { get; init; } = "";

    public long Calls { get; init; }
}

/// <summary>How many screener turns took a latency within bucket <see cref="Bucket"/> (an index into <see cref="OverviewQueries.LatencyBucketBounds"/>).</summary>
public sealed class LatencyBucketCount
{
    public int Bucket { get; init; }

    public long Turns { get; init; }
}

/// <summary>
/// The overview's figures, counted and bucketed by the database over a recent window only: both queries start from
/// the index (company_id, started_at_ms), and turns are reached through their primary key (call_sid, seq), so the cost
/// follows the window's calls, never the whole log.
/// </summary>
public sealed class OverviewQueries(SqlStore storage)
{
    /// <summary>Exclusive upper bounds, in ms, of the latency buckets; one more bucket holds everything slower.</summary>
    public static IReadOnlyList<int> LatencyBucketBounds { get; } = [50, 100, 250, 500, 1000, 2000, 3000, 5000];

    /// <summary>
    /// Calls per day and decision. <paramref name="dayStarts"/> are the instants each day starts, in order, followed by the
    /// end of the last: days in the company's time zone, which may last 23 or 25 hours when its clocks change.
    /// </summary>
    public Task<IReadOnlyList<DecisionDayCount>> CallsPerDayAsync(string companyId, IReadOnlyList<DateTimeOffset> dayStarts, CancellationToken cancellationToken = default)
    {
        // Day boundaries are compared as integers, the same in every dialect (date functions are not), and written into the
        // statement as numbers: they are ours, never input. The WHERE clause keeps the (company_id, started_at_ms) index.
        var bounds = dayStarts.Select(start => start.ToUnixTimeMilliseconds()).ToArray();
        var day = "CASE " +
            string.Concat(bounds.Skip(1).Select((end, i) => string.Create(CultureInfo.InvariantCulture, $"WHEN started_at_ms < {end} THEN {i} "))) +
            "END";
        return storage.QueryAsync<DecisionDayCount>(
            "SELECT Day, Decision, COUNT(*) AS Calls FROM (" +
            $"SELECT {day} AS Day, COALESCE(final_decision, '') AS Decision FROM calls " +
            "WHERE company_id = @CompanyId AND started_at_ms >= @FromMs AND started_at_ms < @UntilMs) d GROUP BY Day, Decision",
            new { CompanyId = companyId, FromMs = bounds[0], UntilMs = bounds[^1] },
            cancellationToken);
    }

    /// <summary>The concierge's turns with a screener latency, per latency bucket, for calls started in [<paramref name="from"/>, <paramref name="until"/>).</summary>
    public Task<IReadOnlyList<LatencyBucketCount>> ScreenerLatencyAsync(string companyId, DateTimeOffset from, DateTimeOffset until, CancellationToken cancellationToken = default) =>
        storage.QueryAsync<LatencyBucketCount>(
            $"SELECT Bucket, COUNT(*) AS Turns FROM (SELECT {BucketOf("t.latency_ms")} AS Bucket FROM calls c " +
            "JOIN call_turns t ON t.call_sid = c.call_sid " +
            "WHERE c.company_id = @CompanyId AND c.started_at_ms >= @FromMs AND c.started_at_ms < @UntilMs " +
            "AND t.speaker = 'concierge' AND t.latency_ms IS NOT NULL) b GROUP BY Bucket",
            new { CompanyId = companyId, FromMs = from.ToUnixTimeMilliseconds(), UntilMs = until.ToUnixTimeMilliseconds() },
            cancellationToken);

    private static string BucketOf(string column) =>
        "CASE " +
        string.Concat(LatencyBucketBounds.Select((bound, i) => string.Create(CultureInfo.InvariantCulture, $"WHEN {column} < {bound} THEN {i} "))) +
        string.Create(CultureInfo.InvariantCulture, $"ELSE {LatencyBucketBounds.Count} END");
}
