using System.Text.Json;
using Concierge.Simulator.Calls;
using Concierge.Simulator.Load;
using Concierge.Simulator.Media;
using Concierge.Simulator.Protocol;
using Concierge.TestSupport;

namespace Concierge.WebFront.Tests.Media;

/// <summary>The built app's production log of a realtime call: an operator can tell which call the relay was relaying.</summary>
public sealed class RealtimeLoggingTests : IDisposable
{
    private const int ModelFailedEvent = 4403;

    private readonly TempDirectory directory = new();

    [Fact]
    public async Task TheRelaysLinesCarryTheCallSidOnceTheStreamHasStarted()
    {
        await using var model = await FakeRealtimeModel.StartAsync();
        await using var app = await WebFrontProcess.StartAsync(directory.Path, ConciergeEnvironment.SqliteRealtime(directory.File("concierge.db"), model.Endpoint));
        using var http = TwilioHttpClient.Create(app.BaseAddress);
        var account = new TwilioAccount(ConciergeEnvironment.PublicBaseUrl, ConciergeEnvironment.AuthToken);
        var call = new SimulatedCall(http, account, TestPhones.Next(), ConciergeEnvironment.TwilioNumber);
        var stream = (await call.RingAsync()).Root.Element("Connect")!.Element("Stream")!;
        var parameters = stream.Elements("Parameter").ToDictionary(p => (string)p.Attribute("name")!, p => (string)p.Attribute("value")!);

        await using var media = await MediaStreamClient.ConnectAsync(app.BaseAddress, account, (string)stream.Attribute("url")!, call.CallSid, parameters, CancellationToken.None);
        await RealtimeApp.WaitUntilAsync(() => model.OpenSessions == 1);
        model.DropAll(); // the model fails mid-call: the relay logs it and moves the caller to gather mode
        await media.Closed.WaitAsync(TimeSpan.FromSeconds(10));

        var line = await app.LineAsync(l => l.StartsWith('{') && l.Contains($"\"EventId\":{ModelFailedEvent},", StringComparison.Ordinal), "line of the model's failure");
        using var json = JsonDocument.Parse(line);
        var scopes = json.RootElement.GetProperty("Scopes").EnumerateArray().ToList();
        Assert.Contains(scopes, s => s.TryGetProperty("CallSid", out var sid) && sid.GetString() == call.CallSid);
    }

    public void Dispose() => directory.Dispose();
}
