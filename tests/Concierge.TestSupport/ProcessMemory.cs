using System.Globalization;

namespace Concierge.TestSupport;

/// <summary>A process's memory as Linux accounts it (<c>/proc/&lt;pid&gt;/status</c>): resident now, and the most it ever was.</summary>
public sealed record ProcessMemory(long ResidentBytes, long PeakResidentBytes)
{
    public static ProcessMemory Of(int processId)
    {
        var status = File.ReadAllLines($"/proc/{processId}/status");
        return new ProcessMemory(Kilobytes(status, "VmRSS:") * 1024, Kilobytes(status, "VmHWM:") * 1024);
    }

    public double ResidentMegabytes => ResidentBytes / 1024.0 / 1024.0;

    public double PeakResidentMegabytes => PeakResidentBytes / 1024.0 / 1024.0;

    // Lines read "VmRSS:	  123456 kB".
    private static long Kilobytes(string[] status, string field) =>
        long.Parse(
            status.Single(line => line.StartsWith(field, StringComparison.Ordinal))[field.Length..].Trim().Split(' ')[0],
            CultureInfo.InvariantCulture);
}
