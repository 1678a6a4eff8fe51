using System.Collections.Concurrent;
using Orleans;

namespace Concierge.Silo.Tests.Grains;

/// <summary>Observes the test grains from outside: concurrent turns, activations, deactivations, rendezvous.</summary>
public sealed class GrainProbe
{
    private readonly ConcurrentDictionary<string, int> inFlight = new();
    private readonly ConcurrentDictionary<string, int> maxInFlight = new();
    private readonly TaskCompletionSource allMet = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int met;

    public ConcurrentQueue<(string Key, int Value)> Activations { get; } = new();

    public ConcurrentQueue<(string Key, DeactivationReasonCode Reason)> Deactivations { get; } = new();

    public int MaxConcurrentTurns(string key) => maxInFlight.GetValueOrDefault(key);

    public void Activated(string key, int value) => Activations.Enqueue((key, value));

    public void Deactivated(string key, DeactivationReasonCode reason) => Deactivations.Enqueue((key, reason));

    public IDisposable EnterTurn(string key)
    {
        var now = inFlight.AddOrUpdate(key, 1, (_, n) => n + 1);
        maxInFlight.AddOrUpdate(key, now, (_, max) => Math.Max(max, now));
        return new Exit(() => inFlight.AddOrUpdate(key, 0, (_, n) => n - 1));
    }

    /// <summary>Completes once <paramref name="expected"/> callers are waiting here at the same time.</summary>
    public Task MeetAsync(int expected)
    {
        if (Interlocked.Increment(ref met) == expected)
        {
            allMet.TrySetResult();
        }

        return allMet.Task.WaitAsync(TimeSpan.FromSeconds(60));
    }

    private sealed class Exit(Action action) : IDisposable
    {
        public void Dispose() => action();
    }
}
