using System.Diagnostics.Metrics;

namespace Concierge.Grains.Telemetry;

/// <summary>How long callers wait on the screener, by the brain asked first and whether the offline screener had to step in.</summary>
internal static class ScreeningMetrics
{
    public const string OfflineBrain = "offline";
    public const string ModelBrain = "model";

    private static readonly Histogram<double> Duration = ConciergeMeter.Meter.CreateHistogram<double>(
        "concierge.screening.duration",
        "s",
        "Time to a screening decision, fallback included.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = ConciergeMeter.LatencyBucketsSeconds });

    public static void Screened(string brain, bool fellBack, TimeSpan elapsed) =>
        Duration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("brain", brain), new KeyValuePair<string, object?>("fallback", fellBack));
}
