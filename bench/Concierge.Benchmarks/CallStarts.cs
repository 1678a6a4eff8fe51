using Concierge.Simulator.Calls;
using Concierge.Simulator.Load;
using Concierge.Simulator.Protocol;

namespace Concierge.Benchmarks;

/// <summary>
/// Call starts only: <c>count</c> new callers ring (the incoming-call webhook, /twilio/voice), <c>concurrency</c> at a
/// time, each on a number of its own, and nothing else. Driven the same way against Concierge and against the floor.
/// </summary>
internal static class CallStarts
{
    public static Task<LoadResult> RunAsync(HttpClient http, TwilioAccount account, string to, int count, int concurrency)
    {
        var numbers = new CallerNumbers();
        return LoadRun.RunAsync(count, concurrency, async _ =>
        {
            var greeting = await new SimulatedCall(http, account, numbers.Next(), to).RingAsync();
            if (!greeting.Listens)
            {
                throw new InvalidOperationException($"Expected the greeting to listen, got {greeting.Root}");
            }
        });
    }
}
