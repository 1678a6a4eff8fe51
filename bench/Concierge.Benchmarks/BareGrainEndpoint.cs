using Concierge.Silo.Cluster;
using Concierge.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Orleans;

namespace Concierge.Benchmarks;

/// <summary>
/// The webhook suite's second floor: <see cref="BareTwimlEndpoint"/> with an Orleans silo beside Kestrel, as Concierge
/// co-hosts one, where each ring reads the form and activates one grain, keyed by its CallSid, that keeps the caller's
/// number in memory. Nothing is stored, screened or logged. It is what the architecture (a grain per call, in the web
/// process) costs per call start before any of Concierge's own work: the goals read against it as well as against
/// the bare endpoint. Each grain lets its activation go once it has answered, as an ended call does, so the floor's peak
/// memory is the stack's under this load, not 45,000 rings held (the app's memory per call held is measured apart); its
/// CPU per ring therefore includes a deactivation, which a call start in the app does not pay until the call ends.
/// </summary>
internal static class BareGrainEndpoint
{
    public const string Command = "bare-grain";

    /// <summary>How <see cref="WebhookBenchmark"/> starts it.</summary>
    public static IReadOnlyList<string> Program => FloorProcess.Program(Command);

    public static async Task RunAsync(string[] args)
    {
        var twiml = BareTwimlEndpoint.Twiml();
        var app = FloorProcess.CreateApp(args, builder => builder.UseOrleans(silo =>
            silo.UseConciergeCluster(new SiloClusterOptions { SiloPort = FreePort.Next(), GatewayPort = 0 })));
        app.MapPost("/twilio/voice", async (HttpRequest request, IGrainFactory grains) =>
        {
            var form = await request.ReadFormAsync();
            await grains.GetGrain<IRingGrain>(form["CallSid"].ToString()).RingAsync(form["From"].ToString());
            return Results.Text(twiml, "application/xml");
        });
        await app.RunAsync();
    }
}

[Alias("bench.IRingGrain")]
public interface IRingGrain : IGrainWithStringKey
{
    /// <summary>Keeps the caller's number, the least a call's grain does when its call starts, and lets the activation go.</summary>
    Task RingAsync(string from);
}

[GrainType("bench-ring")]
public sealed class RingGrain : Grain, IRingGrain
{
    private string? from;

    public Task RingAsync(string from)
    {
        this.from ??= from;
        DeactivateOnIdle();
        return Task.CompletedTask;
    }
}
