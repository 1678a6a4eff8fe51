using System.Globalization;
using Concierge.Grains.Interfaces.Calls;
using Concierge.Silo.Queries;
using Concierge.WebFront.Dashboard;
using Concierge.WebFront.Dashboard.Charts;

namespace Concierge.Dashboard.Tests.Charts;

/// <summary>The geometry and words of the overview's SVG charts, computed before any markup is written.</summary>
public sealed class ChartTests
{
    private static readonly DateOnly FirstDay = new(2026, 11, 8);

    [Theory]
    [InlineData(0, 1, 1)]
    [InlineData(1, 1, 1)]
    [InlineData(4, 4, 1)]
    [InlineData(7, 8, 2)]
    [InlineData(23, 25, 5)]
    [InlineData(101, 150, 50)]
    [InlineData(4000, 4000, 1000)]
    [InlineData(4001, 5000, 1000)]
    public void AxisEndsOnARoundNumberInAtMostFiveSteps(long largest, long max, long step)
    {
        var axis = ChartAxis.For(largest);

        Assert.Equal((max, step), (axis.Max, axis.Step));
        Assert.InRange(axis.Ticks.Count(), 2, 6);
        Assert.True(axis.Max >= largest);
    }

    [Fact]
    public void DaysStackTheirDecisionsInChartOrderUpToTheirTotal()
    {
        var chart = CallsPerDayChart.Build(FirstDay, 14,
        [
            Count(13, DecisionLabels.Undecided, 1),
            Count(13, CallDecisions.Blocked, 1),
            Count(13, CallDecisions.Transferred, 2),
            Count(2, CallDecisions.Completed, 1),
        ]);

        var today = chart.Bars[13];
        Assert.Equal(14, chart.Bars.Count);
        Assert.Equal([CallDecisions.Transferred, CallDecisions.Blocked, DecisionLabels.Undecided], today.Segments.Select(s => s.Decision));
        Assert.Equal(4, chart.Frame.Axis.Max);
        Assert.Equal(ChartFrame.Baseline, today.Segments[0].Y + today.Segments[0].Height, 6); // the first segment stands on the axis
        Assert.Equal(today.Segments[0].Y, today.Segments[1].Y + today.Segments[1].Height, 6); // each stands on the one below
        Assert.Equal(ChartFrame.Top, today.Segments[2].Y, 6); // the tallest day reaches the top of the axis
        Assert.Equal(2 * today.Segments[1].Height, today.Segments[0].Height, 6);
        Assert.Empty(chart.Bars[0].Segments);
        Assert.Equal(5, chart.Total);
        Assert.Equal("21 Nov: 4 calls — 2 transferred, 1 blocked, 1 in progress", today.Summary);
        Assert.True(today.X > chart.Bars[12].X + chart.Bars[12].Width); // bars do not overlap
    }

    [Fact]
    public void LegendAndDescriptionNameEveryDecisionSeenWithItsTotal()
    {
        var chart = CallsPerDayChart.Build(FirstDay, 14, [Count(0, CallDecisions.Completed, 3), Count(5, CallDecisions.Completed, 2), Count(5, CallDecisions.Blocked, 1)]);

        Assert.Equal([new LegendEntry(CallDecisions.Completed, "Completed", 5), new LegendEntry(CallDecisions.Blocked, "Blocked", 1)], chart.Legend);
        Assert.Equal("6 calls in the last 14 days: 5 completed, 1 blocked.", chart.Description);
    }

    [Fact]
    public void CountsOutsideTheWindowAreIgnoredAndAnEmptyWindowSaysSo()
    {
        var chart = CallsPerDayChart.Build(FirstDay, 14, [Count(-1, CallDecisions.Blocked, 9), Count(14, CallDecisions.Blocked, 9)]);

        Assert.Equal(0, chart.Total);
        Assert.Empty(chart.Legend);
        Assert.Equal("No calls in the last 14 days.", chart.Description);
        Assert.All(chart.Bars, bar => Assert.Empty(bar.Segments));
    }

    [Theory]
    [InlineData(14, 5)]
    [InlineData(30, 5)]
    public void DayLabelsFitUnderTheAxisAndTheLatestDayIsAlwaysLabelled(int days, int labels)
    {
        var chart = CallsPerDayChart.Build(FirstDay, days, []);

        Assert.Equal(labels, chart.Bars.Count(b => b.Label is not null));
        Assert.Equal(FirstDay.AddDays(days - 1).ToString("d MMM", CultureInfo.InvariantCulture), chart.Bars[^1].Label);
    }

    [Fact]
    public void LatencyBucketsAreLabelledOnTheirBoundariesAndTheMedianAndP95AreBucketBounds()
    {
        var chart = LatencyHistogramChart.Build(OverviewQueries.LatencyBucketBounds, [Latency(0, 10), Latency(4, 1)]);

        Assert.Equal(["50 ms", "100", "250", "500", "1 s", "2 s", "3 s", "5 s"], chart.Boundaries.Select(b => b.Label));
        Assert.Equal(["<50 ms", "50–100 ms", "100–250 ms", "250–500 ms", "500–1000 ms", "1–2 s", "2–3 s", "3–5 s", "≥5 s"], chart.Bars.Select(b => b.Label));
        Assert.Equal(11, chart.Total);
        Assert.Equal("under 50 ms", chart.Median);
        Assert.Equal("under 1 s", chart.P95);
        Assert.Equal(ChartFrame.Top, chart.Bars[0].Y, 6);
        Assert.Equal(chart.Bars[0].Height / 10, chart.Bars[4].Height, 6);
        Assert.All(chart.Boundaries.Zip(chart.Bars.Skip(1)), pair => Assert.True(pair.First.X <= pair.Second.X));
    }

    [Fact]
    public void SlowestBucketReadsAsOrMoreAndNoRepliesReadAsNone()
    {
        var slow = LatencyHistogramChart.Build(OverviewQueries.LatencyBucketBounds, [Latency(OverviewQueries.LatencyBucketBounds.Count, 3)]);
        var none = LatencyHistogramChart.Build(OverviewQueries.LatencyBucketBounds, []);

        Assert.Equal("5 s or more", slow.Median);
        Assert.Null(none.Median);
        Assert.Equal("No screener replies in this window.", none.Description);
        Assert.All(none.Bars, bar => Assert.Equal(0, bar.Height));
    }

    [Fact]
    public void SvgNumbersUseAPointWhateverTheCulture()
    {
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("fr-FR");

            Assert.Equal("12.5", Svg.N(12.5));
            Assert.Equal("0.33", Svg.N(1.0 / 3));
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    private static DecisionDayCount Count(long day, string decision, long calls) => new() { Day = day, Decision = decision, Calls = calls };

    private static LatencyBucketCount Latency(int bucket, long turns) => new() { Bucket = bucket, Turns = turns };
}
