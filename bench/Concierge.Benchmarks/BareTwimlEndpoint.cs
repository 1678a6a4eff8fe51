using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Concierge.Benchmarks;

/// <summary>
/// The webhook suite's floor: a minimal Kestrel app whose POST /twilio/voice answers with a fixed TwiML body (the one
/// Concierge answered a ring with, from <see cref="TwimlVariable"/>), reading nothing, storing nothing. It runs as a
/// process of its own (<c>dotnet Concierge.Benchmarks.dll bare-twiml --urls …</c>), so its CPU per request is measured
/// apart from the load driver's: what this machine spends on a webhook with no work behind it. Each of Concierge's rates
/// is reported as a fraction of its rate, and each CPU cost as a multiple of its CPU.
/// </summary>
internal static class BareTwimlEndpoint
{
    public const string Command = "bare-twiml";

    /// <summary>The variable carrying the TwiML body the floor answers with.</summary>
    public const string TwimlVariable = "CONCIERGE_FLOOR_TWIML";

    /// <summary>How <see cref="WebhookBenchmark"/> starts it.</summary>
    public static IReadOnlyList<string> Program => FloorProcess.Program(Command);

    public static async Task RunAsync(string[] args)
    {
        var twiml = Twiml();
        var app = FloorProcess.CreateApp(args);
        app.MapPost("/twilio/voice", () => Results.Text(twiml, "application/xml"));
        await app.RunAsync();
    }

    /// <summary>The TwiML a floor answers every ring with, as <see cref="WebhookBenchmark"/> passed it.</summary>
    public static string Twiml() =>
        Environment.GetEnvironmentVariable(TwimlVariable) ?? throw new InvalidOperationException($"{TwimlVariable} holds the TwiML to answer with");
}
