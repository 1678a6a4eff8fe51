namespace Concierge.Simulator.Load;

/// <summary>Percentiles of a set of latencies, in milliseconds (nearest-rank; zero when there are none).</summary>
public sealed record LatencySummary(string Label, int Count, double P50, double P95, double P99, double Max)
{
    public static LatencySummary Of(string label, IEnumerable<double> latenciesMs)
    {
        var sorted = latenciesMs.Order().ToArray();
        return new LatencySummary(label, sorted.Length, Percentile(sorted, 50), Percentile(sorted, 95), Percentile(sorted, 99), sorted.Length == 0 ? 0 : sorted[^1]);
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
}
