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
    public static async Task<CallStartRun> RunAsync(HttpClient http, TwilioAccount account, string to, int count, int concurrency)
    {
        var numbers = new CallerNumbers();
        var failed = 0;
        var load = await LoadRun.RunAsync(count, concurrency, async _ =>
        {
            // A greeting that does not listen (a technical-problem apology) or an error is counted, not fatal: the run goes on.
            try
            {
                if (!(await new SimulatedCall(http, account, numbers.Next(), to).RingAsync()).Listens)
                {
                    Interlocked.Increment(ref failed);
                }
            }
            catch (Exception e) when (e is HttpRequestException or UnexpectedWebhookResponseException or OperationCanceledException)
            {
                Interlocked.Increment(ref failed);
            }
        });
        return new CallStartRun(load, failed);
    }
}

/// <summary>A call-starts run: every ring's latency, and how many were not greeted with a question.</summary>
internal sealed record CallStartRun(LoadResult Load, int Failed);
