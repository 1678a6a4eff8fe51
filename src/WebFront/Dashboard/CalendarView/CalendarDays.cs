using Concierge.Silo.Queries;
using Concierge.Silo.Scheduling;
using Concierge.WebFront.Api;
using Concierge.WebFront.Api.Contracts;

namespace Concierge.WebFront.Dashboard.CalendarView;

/// <summary>
/// The appointments of a <see cref="CalendarRange"/> by day, read through the same query as <c>/api/appointments</c>,
/// cancelled and moved ones included so the owner sees what changed.
/// </summary>
public sealed class CalendarDays(IReadOnlyDictionary<string, IReadOnlyList<AppointmentListRow>> byDay, bool truncated)
{
    /// <summary>A week holds far fewer appointments than this; past it the page says some are left out rather than read on.</summary>
    private const int MaxShown = 1000;

    /// <summary>True when the range held more than the page shows.</summary>
    public bool Truncated => truncated;

    public int Count => byDay.Values.Sum(rows => rows.Count);

    public IReadOnlyList<AppointmentListRow> On(DateOnly day) =>
        byDay.TryGetValue(AppointmentResponse.Day(day), out var rows) ? rows : [];

    public static async Task<CalendarDays> LoadAsync(
        AppointmentQueries appointments, string companyId, CalendarRange range, CompanyClock clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(appointments);
        ArgumentNullException.ThrowIfNull(range);
        ArgumentNullException.ThrowIfNull(clock);
        var filter = new AppointmentFilter(
            clock.StartOf(range.First).ToUnixTimeMilliseconds(), clock.StartOf(range.Last.AddDays(1)).ToUnixTimeMilliseconds(), IncludeCancelled: true);
        var rows = new List<AppointmentListRow>();
        PageCursor? after = null;
        do
        {
            var page = await appointments.ListAsync(companyId, filter, after, ApiPolicies.MaxPageSize, cancellationToken);
            rows.AddRange(page.Items);
            after = page.Next;
        }
        while (after is not null && rows.Count < MaxShown);

        var byDay = rows.Take(MaxShown).GroupBy(row => row.Day).ToDictionary(g => g.Key, g => (IReadOnlyList<AppointmentListRow>)[.. g], StringComparer.Ordinal);
        return new CalendarDays(byDay, rows.Count > MaxShown || after is not null);
    }
}
