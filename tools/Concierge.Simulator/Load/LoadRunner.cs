using System.Diagnostics;
using Concierge.Simulator.Calls;
using Concierge.Simulator.Protocol;
using Concierge.Simulator.Scripts;

namespace Concierge.Simulator.Load;

/// <summary>
/// Runs scripted callers against a concierge, a fixed number at a time, each on a number of its own, recording every
/// webhook's latency by kind. A failed call is recorded with its error and the run goes on; cancelling stops new
/// calls and ends the run with what was done.
/// </summary>
/// <param name="registrar">Puts exception-scenario callers on the exception list; without it they are screened like anyone.</param>
/// <param name="handovers">Looks handover tokens up as the agent's system would; without it only their digits are checked.</param>
public sealed class LoadRunner(HttpClient http, TwilioAccount account, ExceptionRegistrar? registrar = null, HandoverLookup? handovers = null)
{
    private readonly List<CallResult> results = [];
    private readonly List<string> notes = [];
    private readonly WebhookTimings timings = new();
    private readonly CallerNumbers numbers = new();
    private readonly Stopwatch clock = new();
    private int callersStarted;
    private int errors;

    /// <summary>The run so far; safe to read while it runs.</summary>
    public LoadProgress Progress
    {
        get
        {
            lock (results)
            {
                return new LoadProgress(callersStarted, results.Count, errors, timings.Count, clock.Elapsed);
            }
        }
    }

    /// <summary>Runs <paramref name="plan"/> to its end, or until <paramref name="cancellationToken"/> is cancelled. One run per runner.</summary>
    public async Task<LoadReport> RunAsync(LoadPlan plan, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (clock.ElapsedTicks > 0)
        {
            throw new InvalidOperationException("A load runner runs once: its report covers that run only.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(plan.Concurrency, 1);
        ArgumentOutOfRangeException.ThrowIfZero(plan.Scripts.Count);
        if (registrar is null && plan.Scripts.Any(s => s.ExceptionContact is not null))
        {
            notes.Add("exception: needs --api-key to register the number on the exception list; it ran as an ordinary screened call.");
        }

        clock.Start();
        var nextCaller = -1;
        await Task.WhenAll(Enumerable.Range(0, plan.Concurrency).Select(async _ =>
        {
            int caller;
            while (!cancellationToken.IsCancellationRequested && (caller = Interlocked.Increment(ref nextCaller)) < plan.Callers)
            {
                Interlocked.Increment(ref callersStarted);
                await RunCallerAsync(plan.Scripts[caller % plan.Scripts.Count], plan, cancellationToken);
            }
        }));
        clock.Stop();

        lock (results)
        {
            return new LoadReport([.. results], timings, clock.Elapsed, [.. notes]);
        }
    }

    /// <summary>Plays one caller's calls in order; a failed call ends the caller (the later calls depend on it).</summary>
    private async Task RunCallerAsync(CallerScript script, LoadPlan plan, CancellationToken cancellationToken)
    {
        var from = numbers.Next();
        if (script.ExceptionContact is { } contact && registrar is not null && !await TryAsync(() => registrar.RegisterAsync(from, contact, cancellationToken), script, from, plan))
        {
            return;
        }

        var memory = new CallerMemory(); // what the caller heard on one call (a booking reference) and says on the next
        foreach (var scripted in script.Calls)
        {
            var call = new SimulatedCall(http, account, from, plan.To, timings);
            var result = await PlayAsync(new ScriptedConversation(call, plan.Owner, memory, handovers), call, scripted, script.Name, cancellationToken);
            Record(result);
            if (result.Outcome is CallOutcomes.Error or CallOutcomes.Cancelled)
            {
                return;
            }
        }
    }

    private static async Task<CallResult> PlayAsync(ScriptedConversation conversation, SimulatedCall call, ScriptedCall scripted, string script, CancellationToken cancellationToken)
    {
        try
        {
            return new CallResult(script, call, await conversation.RunAsync(scripted, cancellationToken));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return new CallResult(script, call, CallOutcomes.Cancelled);
        }
        catch (Exception e) when (e is HttpRequestException or UnexpectedWebhookResponseException or OperationCanceledException)
        {
            // OperationCanceledException here is HttpClient's own timeout, not a cancelled run.
            return new CallResult(script, call, CallOutcomes.Error, $"{e.GetType().Name}: {e.Message}");
        }
    }

    private async Task<bool> TryAsync(Func<Task> registration, CallerScript script, string from, LoadPlan plan)
    {
        try
        {
            await registration();
            return true;
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
        {
            var outcome = e is OperationCanceledException ? CallOutcomes.Cancelled : CallOutcomes.Error;
            Record(new CallResult(script.Name, new SimulatedCall(http, account, from, plan.To), outcome, $"registering the exception: {e.Message}"));
            return false;
        }
    }

    private void Record(CallResult result)
    {
        lock (results)
        {
            results.Add(result);
            errors += result.Outcome == CallOutcomes.Error ? 1 : 0;
        }
    }
}
