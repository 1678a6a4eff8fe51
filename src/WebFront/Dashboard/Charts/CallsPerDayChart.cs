using System.Globalization;
using Concierge.Silo.Queries;

namespace Concierge.WebFront.Dashboard.Charts;

/// <summary>One decision's share of a day's bar.</summary>
public sealed record BarSegment(string Decision, long Calls, double Y, double Height);

/// <summary>One day: its stacked segments (bottom up, in <see cref="DecisionLabels.ChartOrder"/>), its total, its axis label if shown.</summary>
public sealed record DayBar(DateOnly Day, double X, double Width, long Total, IReadOnlyList<BarSegment> Segments, string? Label)
{
    public string Summary => Total == 0
        ? $"{DayName}: no calls"
        : $"{DayName}: {Total} call{(Total == 1 ? "" : "s")} — {string.Join(", ", Segments.Select(s => $"{s.Calls} {DecisionLabels.Of(s.Decision).ToLowerInvariant()}"))}";

    private string DayName => Day.ToString("d MMM", CultureInfo.InvariantCulture);
}

/// <summary>A decision in the legend, with its total over the window.</summary>
public sealed record LegendEntry(string Decision, string Label, long Calls);

/// <summary>Calls per day by decision, as stacked bars: the geometry the overview draws as SVG.</summary>
public sealed record CallsPerDayChart(ChartFrame Frame, IReadOnlyList<DayBar> Bars, IReadOnlyList<LegendEntry> Legend, long Total)
{
    /// <summary>At most this many day labels fit under the axis.</summary>
    private const int MaxLabels = 5;

    public string Description => Total == 0
        ? $"No calls in the last {Bars.Count} days."
        : $"{Total} calls in the last {Bars.Count} days: {string.Join(", ", Legend.Select(l => $"{l.Calls} {l.Label.ToLowerInvariant()}"))}.";

    public static CallsPerDayChart Build(DateOnly firstDay, int days, IReadOnlyList<DecisionDayCount> counts)
    {
        var byDay = counts.Where(c => c.Day >= 0 && c.Day < days && c.Calls > 0).ToLookup(c => (int)c.Day);
        var frame = new ChartFrame(ChartAxis.For(Enumerable.Range(0, days).Select(d => byDay[d].Sum(c => c.Calls)).DefaultIfEmpty(0).Max()));
        var labelEvery = (days + MaxLabels - 1) / MaxLabels;
        var bars = Enumerable.Range(0, days).Select(d =>
        {
            var (x, width) = ChartFrame.Slot(d, days);
            var segments = new List<BarSegment>();
            var top = ChartFrame.Baseline;
            foreach (var decision in DecisionLabels.ChartOrder)
            {
                var calls = byDay[d].Where(c => c.Decision == decision).Sum(c => c.Calls);
                if (calls > 0)
                {
                    var height = frame.BarHeight(calls);
                    top -= height;
                    segments.Add(new BarSegment(decision, calls, top, height));
                }
            }

            var day = firstDay.AddDays(d);
            var label = (days - 1 - d) % labelEvery == 0 ? day.ToString("d MMM", CultureInfo.InvariantCulture) : null; // the latest day is always labelled
            return new DayBar(day, x, width, segments.Sum(s => s.Calls), segments, label);
        }).ToList();
        var legend = DecisionLabels.ChartOrder
            .Select(decision => new LegendEntry(decision, DecisionLabels.Of(decision), bars.Sum(b => b.Segments.Where(s => s.Decision == decision).Sum(s => s.Calls))))
            .Where(entry => entry.Calls > 0)
            .ToList();
        return new CallsPerDayChart(frame, bars, legend, bars.Sum(b => b.Total));
    }
}
