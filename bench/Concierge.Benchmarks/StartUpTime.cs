using System.Diagnostics;
using Concierge.Simulator.Calls;
using Concierge.Simulator.Load;
using Concierge.Simulator.Protocol;
using Concierge.TestSupport;

namespace Concierge.Benchmarks;

/// <summary>
/// Start-up on an existing database (issue 13: first call answered within a second of launch): the built app launched as
/// a process, and a caller ringing every 10 ms from the moment of launch until one is greeted. Includes the runtime's own
/// start, the silo's, opening the store and the first call's JIT; a restart after a crash or a deployment pays all of it.
/// </summary>
internal static class StartUpTime
{
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(60);

    /// <summary>Milliseconds from launch to the first greeted call, for each of <paramref name="launches"/> launches one after another.</summary>
    public static async Task<IReadOnlyList<double>> MeasureAsync(IReadOnlyDictionary<string, string> environment, int launches)
    {
        var account = new TwilioAccount(ConciergeEnvironment.PublicBaseUrl, ConciergeEnvironment.AuthToken);
        var numbers = new CallerNumbers();
        var times = new List<double>();
        for (var launch = 0; launch < launches; launch++)
        {
            using var directory = new TempDirectory();
            var launched = Stopwatch.GetTimestamp();
            await using var app = WebFrontProcess.Launch(directory.Path, environment);
            using var http = TwilioHttpClient.Create(app.BaseAddress);
            while (!await GreetedAsync(new SimulatedCall(http, account, numbers.Next(), ConciergeEnvironment.TwilioNumber)))
            {
                if (app.HasExited || Stopwatch.GetElapsedTime(launched) > GiveUpAfter)
                {
                    throw new InvalidOperationException($"Concierge did not answer a call within {GiveUpAfter} of launch:\n{app.Output}");
                }

                await Task.Delay(10);
            }

            times.Add(Stopwatch.GetElapsedTime(launched).TotalMilliseconds);
        }

        return times;
    }

    /// <summary>A ring answered with the screener's greeting; not yet listening (refused, 503 while starting) is false.</summary>
    private static async Task<bool> GreetedAsync(SimulatedCall call)
    {
        try
        {
            return (await call.RingAsync()).Listens;
        }
        catch (Exception e) when (e is HttpRequestException or UnexpectedWebhookResponseException or OperationCanceledException)
        {
            return false;
        }
    }
}
