using System.Globalization;
using System.Text.RegularExpressions;

namespace Concierge.Benchmarks;

/// <summary>
/// The app process's bytes allocated so far, from the runtime's counter on its <c>/metrics</c>
/// (<c>dotnet.gc.heap.total_allocated</c>, read with the admin key): read before and after a phase, the difference over
/// the phase's webhooks is what each costs the garbage collector. Unlike CPU and latency it does not move with what else
/// runs on the machine. A scrape itself allocates some tens of KB, nothing beside a phase's hundreds of MB.
/// </summary>
internal sealed partial class AllocatedBytes(Uri baseAddress) : IDisposable
{
    /// <summary>The admin key the benchmark starts the app with, so that it may read <c>/metrics</c>.</summary>
    public const string AdminKey = "bench-admin-key-0123456789abcdefghijklmnop";

    private readonly HttpClient http = CreateClient(baseAddress);

    public async Task<long> ReadAsync()
    {
        var text = await http.GetStringAsync(new Uri("/metrics", UriKind.Relative));
        var match = TotalAllocated().Match(text);
        return match.Success
            ? (long)double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)
            : throw new InvalidOperationException("/metrics carries no dotnet_gc_heap_total_allocated_bytes_total");
    }

    public void Dispose() => http.Dispose();

    private static HttpClient CreateClient(Uri baseAddress)
    {
        var client = new HttpClient { BaseAddress = baseAddress };
        client.DefaultRequestHeaders.Add("X-Api-Key", AdminKey);
        return client;
    }

    [GeneratedRegex(@"^dotnet_gc_heap_total_allocated_bytes_total(?:\{[^}]*\})? ([0-9.eE+]+)", RegexOptions.Multiline)]
    private static partial Regex TotalAllocated();
}
