using Concierge.Grains.Interfaces.Calls;
using Concierge.Silo.Queries;
using Concierge.WebFront.Dashboard.Charts;

namespace Concierge.WebFront.Dashboard.Pages;

/// <summary>The overview: calls per day (the company's days) by decision and the screener's latency over the last 14 or 30 days.</summary>
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
        var firstDay = Clock.Today(time.GetUtcNow()).AddDays(1 - Days);
        var dayStarts = Enumerable.Range(0, Days + 1).Select(d => Clock.StartOf(firstDay.AddDays(d))).ToList();
        CallsPerDay = CallsPerDayChart.Build(firstDay, Days, await overview.CallsPerDayAsync(CompanyId, dayStarts, cancellationToken));
        Latency = LatencyHistogramChart.Build(
            OverviewQueries.LatencyBucketBounds,
            await overview.ScreenerLatencyAsync(CompanyId, dayStarts[0], dayStarts[^1], cancellationToken));
    }
}
