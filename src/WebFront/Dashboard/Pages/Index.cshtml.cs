using Concierge.Grains.Interfaces.Calls;
using Concierge.Silo.Queries;
using Concierge.WebFront.Dashboard.Charts;

namespace Concierge.WebFront.Dashboard.Pages;

/// <summary>The overview: calls per day by decision and the screener's latency over the last 14 or 30 days.</summary>
public sealed class OverviewModel(OverviewQueries overview, TimeProvider time) : DashboardPage
{
    public static IReadOnlyList<int> Windows { get; } = [14, 30];

    public int Days { get; private set; }

    public CallsPerDayChart CallsPerDay { get; private set; } = null!;

    public LatencyHistogramChart Latency { get; private set; } = null!;

    public long TransferredCalls => CallsPerDay.Legend
        .Where(l => l.Decision is CallDecisions.Transferred or CallDecisions.TransferredException)
        .Sum(l => l.Calls);

    public async Task OnGetAsync(int? days, CancellationToken cancellationToken)
    {
        Days = days is { } asked && Windows.Contains(asked) ? asked : Windows[0];
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var firstDay = today.AddDays(1 - Days);
        var from = new DateTimeOffset(firstDay.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        CallsPerDay = CallsPerDayChart.Build(firstDay, Days, await overview.CallsPerDayAsync(CompanyId, from, Days, cancellationToken));
        Latency = LatencyHistogramChart.Build(
            OverviewQueries.LatencyBucketBounds,
            await overview.ScreenerLatencyAsync(CompanyId, from, from.AddDays(Days), cancellationToken));
    }
}
