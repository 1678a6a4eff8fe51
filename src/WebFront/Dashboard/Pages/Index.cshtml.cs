using Concierge.Grains.Interfaces.Calls;
using Concierge.Silo.Queries;
using Concierge.WebFront.Api;
using Concierge.WebFront.Dashboard.Charts;

namespace Concierge.WebFront.Dashboard.Pages;

/// <summary>
/// The home page, what needs the owner first: the inbox (messages taken and urgent calls, unread until opened), then
/// today's calls, then calls per day (the company's days) by decision and the screener's latency over 14 or 30 days. A
/// company with no call yet is told what to do first.
/// </summary>
public sealed class OverviewModel(OverviewQueries overview, ConversationQueries conversations, CallTextQueries lines, OwnerInbox inbox, TimeProvider time)
    : DashboardPage
{
    /// <summary>Today's calls shown on the home page; the call log has the rest.</summary>
    public const int TodayShown = 20;

    public static IReadOnlyList<int> Windows { get; } = [14, 30];

    public int Days { get; private set; }

    public IReadOnlyList<InboxItem> Inbox { get; private set; } = [];

    public CallTable Today { get; private set; } = null!;

    /// <summary>True before the company's first call: the page explains how to get one.</summary>
    public bool FirstSteps { get; private set; }

    public CallsPerDayChart CallsPerDay { get; private set; } = null!;

    public LatencyHistogramChart Latency { get; private set; } = null!;

    public long TransferredCalls => CallsPerDay.Legend
        .Where(l => l.Decision is CallDecisions.Transferred or CallDecisions.TransferredException)
        .Sum(l => l.Calls);

    /// <summary>The company's Twilio numbers, as the owner forwards to them.</summary>
    public IEnumerable<string> ConciergeNumbers => (Settings?.TwilioNumbers ?? []).Select(Phones.Of);

    public async Task OnGetAsync(int? days, CancellationToken cancellationToken)
    {
        Days = days is { } asked && Windows.Contains(asked) ? asked : Windows[0];
        var now = time.GetUtcNow();
        Inbox = await inbox.ItemsAsync(User, cancellationToken);
        ShowUnread(Inbox.Count(item => !item.Reviewed));
        var today = await conversations.ListAsync(new ConversationFilter(CompanyId, From: Clock.StartOf(Clock.Today(now))), null, TodayShown, cancellationToken);
        Today = await CallTable.ReadAsync("today-calls", "Today's calls, newest first", today.Items, null, lines, this, cancellationToken);
        FirstSteps = Inbox.Count == 0 && today.Items.Count == 0
            && (await conversations.ListAsync(new ConversationFilter(CompanyId), null, 1, cancellationToken)).Items.Count == 0;

        var firstDay = Clock.Today(now).AddDays(1 - Days);
        var dayStarts = Enumerable.Range(0, Days + 1).Select(d => Clock.StartOf(firstDay.AddDays(d))).ToList();
        CallsPerDay = CallsPerDayChart.Build(firstDay, Days, await overview.CallsPerDayAsync(CompanyId, dayStarts, cancellationToken));
        Latency = LatencyHistogramChart.Build(
            OverviewQueries.LatencyBucketBounds,
            await overview.ScreenerLatencyAsync(CompanyId, dayStarts[0], dayStarts[^1], cancellationToken));
    }
}
