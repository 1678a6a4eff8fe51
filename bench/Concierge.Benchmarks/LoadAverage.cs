namespace Concierge.Benchmarks;

/// <summary>The machine's load average: reported beside each run's figures, since these machines are shared and noisy.</summary>
internal static class LoadAverage
{
    public static string Now() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
