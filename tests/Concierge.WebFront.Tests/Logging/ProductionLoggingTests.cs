using System.Text.Json;
using Concierge.TestSupport;
using Concierge.Simulator.Calls;
using Concierge.Simulator.Protocol;

namespace Concierge.WebFront.Tests.Logging;

/// <summary>The built app run in Production writes one JSON object per line, with the call's correlation scope.</summary>
public sealed class ProductionLoggingTests : IDisposable
{
    private readonly TempDirectory directory = new();

    [Fact]
    public async Task ProductionLogsAreJsonLinesCarryingTheCallSidAndCompanyScope()
    {
        await using var app = await StartAppAsync();
        var call = await RingAsync(app);

        var line = await RequestLineAsync(app, "/twilio/voice");
        using var json = JsonDocument.Parse(line);
        Assert.Equal("Microsoft.AspNetCore.HttpLogging.HttpLoggingMiddleware", json.RootElement.GetProperty("Category").GetString());
        Assert.Equal("200", json.RootElement.GetProperty("State").GetProperty("StatusCode").ToString());
        Assert.Equal("Information", json.RootElement.GetProperty("LogLevel").GetString());
        var scopes = json.RootElement.GetProperty("Scopes").EnumerateArray().ToList();
        Assert.Contains(scopes, s => s.TryGetProperty("CallSid", out var sid) && sid.GetString() == call.CallSid);
        Assert.Contains(scopes, s => s.TryGetProperty("CompanyId", out var company) && company.GetString() == "default");
        Assert.DoesNotContain(call.From, app.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACallStartLogsItsRequestLineAndNoLinePerGrainPlacement()
    {
        // Orleans places each new grain through a Polly pipeline whose telemetry logs two lines per execution at
        // Information: two per new caller and two per new call, about 3 KB of JSON per call start.
        await using var app = await StartAppAsync();
        await RingAsync(app);

        await RequestLineAsync(app, "/twilio/voice");
        var polly = app.Output.Split('\n').Where(l => l.Contains("\"Category\":\"Polly\"", StringComparison.Ordinal)).ToList();
        Assert.True(polly.Count == 0, $"Polly logged {polly.Count} lines, e.g. {polly.FirstOrDefault()}");
    }

    public void Dispose() => directory.Dispose();

    private Task<WebFrontProcess> StartAppAsync() => WebFrontProcess.StartAsync(directory.Path, new Dictionary<string, string>
    {
        ["Concierge__Twilio__AuthToken"] = ConciergeAppFactory.AuthToken,
        ["Concierge__Twilio__PublicBaseUrl"] = ConciergeAppFactory.PublicBaseUrl.ToString(),
    });

    /// <summary>A new caller rings the app once.</summary>
    private static async Task<SimulatedCall> RingAsync(WebFrontProcess app)
    {
        using var http = new HttpClient { BaseAddress = app.BaseAddress };
        var call = new SimulatedCall(http, new TwilioAccount(ConciergeAppFactory.PublicBaseUrl.ToString(), ConciergeAppFactory.AuthToken), TestPhones.Next(), ConciergeAppFactory.TwilioNumber);
        await call.RingAsync();
        return call;
    }

    // The line is written as the response completes, so it can trail the response by a moment.
    private static Task<string> RequestLineAsync(WebFrontProcess app, string route) =>
        app.LineAsync(l => l.StartsWith('{') && l.Contains($"\"Route\":\"{route}\"", StringComparison.Ordinal), $"JSON request line for {route}");
}
