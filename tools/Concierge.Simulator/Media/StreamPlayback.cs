using System.Diagnostics;

namespace Concierge.Simulator.Media;

/// <summary>
/// Twilio's playback of what the concierge sends on a stream: audio queues and plays in real time, a mark is echoed once
/// the audio before it has played, and a <c>clear</c> drops what is queued and echoes the marks still waiting at once.
/// Echoing marks on arrival instead would tell the concierge a 2 s reply had played the moment it arrived, so a caller
/// speaking over it would find nothing to interrupt. Times are <see cref="Stopwatch"/> timestamps.
/// </summary>
internal sealed class StreamPlayback(Func<string, Task> echo) : IDisposable
{
    /// <summary>μ-law at 8 kHz.</summary>
    private const long BytesPerSecond = 8000;

    private readonly Lock gate = new();
    private readonly Queue<(string Name, long Due)> marks = new();
    private readonly SemaphoreSlim changed = new(0);
    private long playedUntil;

    public void Audio(int bytes, long at)
    {
        lock (gate)
        {
            playedUntil = Math.Max(playedUntil, at) + (bytes * Stopwatch.Frequency / BytesPerSecond);
        }
    }

    public void Mark(string name, long at)
    {
        lock (gate)
        {
            marks.Enqueue((name, Math.Max(playedUntil, at)));
        }

        changed.Release();
    }

    public void Clear(long at)
    {
        lock (gate)
        {
            playedUntil = at;
            var waiting = marks.ToArray();
            marks.Clear();
            foreach (var (name, _) in waiting)
            {
                marks.Enqueue((name, at));
            }
        }

        changed.Release();
    }

    public void Dispose() => changed.Dispose();

    /// <summary>Echoes each mark when its audio has played, until <paramref name="cancellationToken"/> or a failed echo ends it.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                (string Name, long Due) next;
                bool any;
                lock (gate)
                {
                    any = marks.TryPeek(out next);
                }

                var wait = any ? Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), next.Due) : Timeout.InfiniteTimeSpan;
                if (wait == Timeout.InfiniteTimeSpan || wait > TimeSpan.Zero)
                {
                    await changed.WaitAsync(wait, cancellationToken); // a clear or a new mark wakes it to look again
                    continue;
                }

                lock (gate)
                {
                    marks.Dequeue();
                }

                await echo(next.Name);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or System.Net.WebSockets.WebSocketException or ObjectDisposedException or InvalidOperationException)
        {
            // the stream is gone
        }
    }
}
