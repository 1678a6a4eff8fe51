using Concierge.Simulator.Calls;
using Concierge.Simulator.Protocol;
using Concierge.TestSupport;

namespace Concierge.WebFront.Tests.Telemetry;

/// <summary>
/// The built app on Kestrel (an in-process test host has neither Kestrel's connections nor its memory pool): Kestrel's
/// instruments reach <c>/metrics</c>, its memory pool's do not.
/// </summary>
public sealed class KestrelMetricsTests : IDisposable
{
    private readonly TempDirectory directory = new();

    [Fact]
    public async Task KestrelsConnectionsAreScrapeableAndItsMemoryPoolIsNotMeasured()
    {
        await using var app = await WebFrontProcess.StartAsync(directory.Path, new Dictionary<string, string>
        {
            ["Concierge__Twilio__AuthToken"] = ConciergeAppFactory.AuthToken,
            ["Concierge__Twilio__PublicBaseUrl"] = ConciergeAppFactory.PublicBaseUrl.ToString(),
            ["Concierge__Metrics__AllowedNetworks__0"] = "127.0.0.0/8",
        });
        using var http = new HttpClient { BaseAddress = app.BaseAddress };
        var account = new TwilioAccount(ConciergeAppFactory.PublicBaseUrl.ToString(), ConciergeAppFactory.AuthToken);
        await new SimulatedCall(http, account, TestPhones.Next(), ConciergeAppFactory.TwilioNumber).RingAsync();

        var metrics = await MetricsScrape.ReadAsync(http);

        Assert.Contains("\nkestrel_", metrics.Text, StringComparison.Ordinal);
        // It counts every 4 KB block Kestrel rents and returns: two measurements per request and per media-stream frame
        // read, 0.6% of the app's CPU relaying 250 realtime calls, for a figure an operator of this app never reads.
        Assert.DoesNotContain("aspnetcore_memory_pool", metrics.Text, StringComparison.Ordinal);
    }

    public void Dispose() => directory.Dispose();
}
