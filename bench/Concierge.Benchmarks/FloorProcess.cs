using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Concierge.Benchmarks;

/// <summary>How a suite starts its floor as a process of its own, so that its CPU is measured apart from the load driver's.</summary>
internal static class FloorProcess
{
    /// <summary>
    /// This assembly running <paramref name="command"/> under the app's own runtime settings (workstation GC, idle
    /// thread-pool workers that do not spin), so that the floor and the app differ only in the work they do.
    /// </summary>
    public static IReadOnlyList<string> Program(string command) =>
        ["exec", "--runtimeconfig", Path.Combine(AppContext.BaseDirectory, "Concierge.WebFront.runtimeconfig.json"), typeof(FloorProcess).Assembly.Location, command];

    /// <summary>
    /// The floor's web app, listening where <paramref name="args"/> say (<c>--urls</c>), logging nothing, and ready at once on
    /// <c>/health/ready</c>, where <see cref="TestSupport.WebFrontProcess"/> waits for it; the floor maps its own routes.
    /// <paramref name="configure"/> adds what a floor hosts beside Kestrel (<see cref="BareGrainEndpoint"/>'s silo).
    /// </summary>
    public static WebApplication CreateApp(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Logging.ClearProviders();
        configure?.Invoke(builder);
        var app = builder.Build();
        app.MapGet("/health/ready", () => Results.Ok());
        return app;
    }
}
