namespace Concierge.Grains;

/// <summary>
/// The next attempt at work a grain keeps (a note to process, a webhook to deliver, a lead to call or notify): one timer
/// at a time on the grain's activation, firing once. KeepAlive, so that a grain waiting for its next attempt stays active
/// instead of losing the timer to activation collection (the sweepers resume grains after a restart).
/// </summary>
internal sealed class NextAttempt(IGrainBase grain, Func<CancellationToken, Task> attempt)
{
    private IGrainTimer? timer;

    public bool IsScheduled => timer is not null;

    /// <summary>Replaces any scheduled attempt with one after <paramref name="due"/> (now, when it has passed).</summary>
    public void Schedule(TimeSpan due)
    {
        timer?.Dispose();
        timer = grain.RegisterGrainTimer(FireAsync, new GrainTimerCreationOptions(due > TimeSpan.Zero ? due : TimeSpan.Zero, Timeout.InfiniteTimeSpan) { KeepAlive = true });
    }

    /// <inheritdoc cref="Schedule(TimeSpan)"/>
    public void Schedule(DateTimeOffset at, TimeProvider time) => Schedule(at - time.GetUtcNow());

    public void Cancel()
    {
        timer?.Dispose();
        timer = null;
    }

    private async Task FireAsync(CancellationToken cancellationToken)
    {
        // Disposing the timer now would cancel this callback's token: it fires once, and is let go of when the attempt ends,
        // after which the attempt may have scheduled the next one.
        using var firing = timer;
        timer = null;
        await attempt(cancellationToken);
    }
}
