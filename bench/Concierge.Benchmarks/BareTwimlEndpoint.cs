using Concierge.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Concierge.Benchmarks;

/// <summary>
/// The floor: a minimal Kestrel app on 127.0.0.1 whose POST /twilio/voice answers with a fixed TwiML body (the one
/// Concierge answered a ring with), reading nothing, storing nothing. What this machine serves with no work behind the
/// webhook; each of Concierge's rows is reported as a fraction of it.
/// </summary>
internal sealed class BareTwimlEndpoint : IAsyncDisposable
{
    private readonly WebApplication app;

    private BareTwimlEndpoint(WebApplication app, Uri baseAddress)
    {
        this.app = app;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public static async Task<BareTwimlEndpoint> StartAsync(string twiml)
    {
        var baseAddress = new Uri($"http://127.0.0.1:{FreePort.Next()}");
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(baseAddress.ToString());
        var app = builder.Build();
        app.MapPost("/twilio/voice", () => Results.Text(twiml, "application/xml"));
        await app.StartAsync();
        return new BareTwimlEndpoint(app, baseAddress);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
