using System.Globalization;
using Concierge.Silo.Queries;

namespace Concierge.WebFront.Dashboard.Charts;

/// <summary>One latency bucket: its label (e.g. "250–500 ms"), its count and its bar.</summary>
public sealed record HistogramBar(string Label, long Turns, double X, double Width, double Y, double Height);

/// <summary>A bucket boundary on the x axis: "50 ms" first, then bare milliseconds ("100"), then seconds ("1 s").</summary>
public sealed record BucketBoundary(double X, string Label);

/// <summary>The screener's latency distribution as a histogram, with the buckets the median and the 95th percentile fall in.</summary>
public sealed record LatencyHistogramChart(ChartFrame Frame, IReadOnlyList<HistogramBar> Bars, IReadOnlyList<BucketBoundary> Boundaries, long Total, string? Median, string? P95)
{
    public string Description => Total == 0
        ? "No screener replies in this window."
        : $"{Total} screener replies. Half took {Median}; 95% took {P95}. " +
          string.Join(", ", Bars.Select(b => $"{b.Label}: {b.Turns}")) + ".";

    /// <summary>Builds the chart from counts per bucket, the buckets being those of <paramref name="bounds"/> (exclusive upper bounds, one more for slower).</summary>
    public static LatencyHistogramChart Build(IReadOnlyList<int> bounds, IReadOnlyList<LatencyBucketCount> counts)
    {
        var buckets = bounds.Count + 1;
        var turns = Enumerable.Range(0, buckets).Select(b => counts.Where(c => c.Bucket == b).Sum(c => c.Turns)).ToList();
        var frame = new ChartFrame(ChartAxis.For(turns.Max()));
        var bars = turns.Select((count, b) =>
        {
            var (x, width) = ChartFrame.Slot(b, buckets);
            return new HistogramBar(Label(bounds, b), count, x, width, frame.Y(count), frame.BarHeight(count));
        }).ToList();
        // Labels sit on the boundaries between bars: shorter than a range under each bar, so they fit a phone's width.
        var boundaries = bounds.Select((bound, i) => new BucketBoundary(ChartFrame.SlotStart(i + 1, buckets), i == 0 || bound >= 1000 ? Ms(bound) : bound.ToString(CultureInfo.InvariantCulture))).ToList();
        var total = turns.Sum();
        return new LatencyHistogramChart(frame, bars, boundaries, total, Within(bounds, turns, total, 0.5), Within(bounds, turns, total, 0.95));
    }

    /// <summary>"under N ms" for the bucket holding the <paramref name="share"/> quantile: an upper bound, as precise as the buckets.</summary>
    private static string? Within(IReadOnlyList<int> bounds, List<long> turns, long total, double share)
    {
        if (total == 0)
        {
            return null;
        }

        var running = 0L;
        for (var b = 0; b < turns.Count; b++)
        {
            running += turns[b];
            if (running >= Math.Ceiling(total * share))
            {
                return b < bounds.Count ? $"under {Ms(bounds[b])}" : $"{Ms(bounds[^1])} or more";
            }
        }

        return null;
    }

    private static string Label(IReadOnlyList<int> bounds, int bucket) =>
        bucket == 0 ? $"<{Ms(bounds[0])}"
        : bucket == bounds.Count ? $"≥{Ms(bounds[^1])}"
        : Range(bounds[bucket - 1], bounds[bucket]);

    private static string Range(int lower, int upper) => upper <= 1000
        ? string.Create(CultureInfo.InvariantCulture, $"{lower}–{upper} ms")
        : string.Create(CultureInfo.InvariantCulture, $"{lower / 1000.0:0.#}–{upper / 1000.0:0.#} s");

    private static string Ms(int ms) => ms < 1000
        ? string.Create(CultureInfo.InvariantCulture, $"{ms} ms")
        : string.Create(CultureInfo.InvariantCulture, $"{ms / 1000.0:0.#} s");
}
