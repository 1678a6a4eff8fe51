using System.Diagnostics.Metrics;

namespace Concierge.Grains.Telemetry;

/// <summary>
/// The one meter Concierge's own instruments hang on. Static, as the BCL's instruments are meant to be: created once per
/// process, whatever number of silos or apps it hosts, and observed by any listener that asks for <see cref="Name"/>.
/// </summary>
public static class ConciergeMeter
{
    public const string Name = "Concierge";

    public static Meter Meter { get; } = new(Name, typeof(ConciergeMeter).Assembly.GetName().Version?.ToString());

    /// <summary>
    /// Bucket bounds, in seconds, for latencies a caller waits on: fine below a second, where a reply should land, and up to
    /// Twilio's 15 s webhook limit, past which the caller has already heard the fallback.
    /// </summary>
    public static IReadOnlyList<double> LatencyBucketsSeconds { get; } =
        [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 0.75, 1, 1.5, 2, 3, 5, 8, 10, 15];
}
