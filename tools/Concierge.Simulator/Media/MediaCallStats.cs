using System.Collections.Concurrent;
using System.Diagnostics;
using Concierge.Simulator.Load;

namespace Concierge.Simulator.Media;

/// <summary>
/// What media callers measured, all calls together (thread-safe): response time heard (caller's end of speech → the
/// first reply audio received), barge-in reaction (caller's speech start over a reply → <c>clear</c> received), replies
/// never heard and barge-ins never cleared, and decisions. Only what happens from <see cref="RecordFrom"/> on counts.
/// </summary>
public sealed class MediaCallStats
{
    private readonly ConcurrentQueue<double> responseHeard = new();
    private readonly ConcurrentQueue<double> bargeIn = new();
    private readonly ConcurrentDictionary<string, int> decisions = new(StringComparer.Ordinal);
    private int unanswered;
    private int uncleared;
    private int failed;
    private long framesSent;

    /// <summary>A <see cref="Stopwatch"/> timestamp; 0 to count everything.</summary>
    public long RecordFrom { get; set; }

    /// <summary>A <see cref="Stopwatch"/> timestamp after which sent frames no longer count (<see cref="FramesSent"/>).</summary>
    public long RecordUntil { get; set; } = long.MaxValue;

    /// <summary>Caller audio frames sent between <see cref="RecordFrom"/> and <see cref="RecordUntil"/>: the work the relay had to do.</summary>
    public long FramesSent => Volatile.Read(ref framesSent);

    public int Unanswered => Volatile.Read(ref unanswered);

    public int Uncleared => Volatile.Read(ref uncleared);

    public int Failed => Volatile.Read(ref failed);

    public LatencySummary ResponseHeard => LatencySummary.Of("response heard", responseHeard);

    public LatencySummary BargeIn => LatencySummary.Of("barge-in clear", bargeIn);

    public IReadOnlyDictionary<string, int> Decisions => decisions;

    internal void Heard(long from, long at)
    {
        if (Counts(from))
        {
            responseHeard.Enqueue(Stopwatch.GetElapsedTime(from, at).TotalMilliseconds);
        }
    }

    internal void ClearedAfter(long from, long at)
    {
        if (Counts(from))
        {
            bargeIn.Enqueue(Stopwatch.GetElapsedTime(from, at).TotalMilliseconds);
        }
    }

    internal void NotHeard(long from)
    {
        if (Counts(from))
        {
            Interlocked.Increment(ref unanswered);
        }
    }

    internal void NotCleared(long from)
    {
        if (Counts(from))
        {
            Interlocked.Increment(ref uncleared);
        }
    }

    internal void Sent(long at)
    {
        if (Counts(at) && at < RecordUntil)
        {
            Interlocked.Increment(ref framesSent);
        }
    }

    internal void Decided(string decision) => decisions.AddOrUpdate(decision, 1, (_, count) => count + 1);

    public void Failure() => Interlocked.Increment(ref failed);

    private bool Counts(long from) => from >= RecordFrom;
}
