using System.Collections.Concurrent;
using Orleans;

namespace Concierge.Silo.Tests.Grains;

/// <summary>Observes the test grains from outside: concurrent turns, activations, deactivations, rendezvous.</summary>
public sealed class GrainProbe
{
    private readonly ConcurrentDictionary<string, int> inFlight = new();
    private readonly ConcurrentDictionary<string, int> maxInFlight = new();
    private readonly ConcurrentDictionary<string, (TaskCompletionSource AllMet, int[] Met)> meetings = new();
    private readonly ConcurrentDictionary<string, WeakReference> writers = new();

    public ConcurrentQueue<(string Key, int Value)> Activations { get; } = new();

    public ConcurrentQueue<(string Key, DeactivationReasonCode Reason)> Deactivations { get; } = new();

    public int MaxConcurrentTurns(string key) => maxInFlight.GetValueOrDefault(key);

    public void Activated(string key, int value, object projectionWriter)
    {
        writers[key] = new WeakReference(projectionWriter);
        Activations.Enqueue((key, value));
    }

    /// <summary>The projection writer of <paramref name="key"/>'s latest activation, held weakly: alive only while something keeps it.</summary>
    public WeakReference ProjectionWriterOf(string key) => writers[key];

    public void Deactivated(string key, DeactivationReasonCode reason) => Deactivations.Enqueue((key, reason));

    public IDisposable EnterTurn(string key)
    {
        var now = inFlight.AddOrUpdate(key, 1, (_, n) => n + 1);
        maxInFlight.AddOrUpdate(key, now, (_, max) => Math.Max(max, now));
        return new Exit(() => inFlight.AddOrUpdate(key, 0, (_, n) => n - 1));
    }

    /// <summary>Completes once <paramref name="expected"/> callers are waiting in <paramref name="meeting"/> at the same time.</summary>
    public Task MeetAsync(string meeting, int expected)
    {
        var (allMet, met) = meetings.GetOrAdd(meeting, _ => (new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously), new int[1]));
        if (Interlocked.Increment(ref met[0]) == expected)
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
