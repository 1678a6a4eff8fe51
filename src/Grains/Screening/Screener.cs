using Concierge.Grains.Interfaces.Screening;
using Concierge.Grains.Telemetry;
using Microsoft.Extensions.Logging;

namespace Concierge.Grains.Screening;

/// <summary>
/// Asks the configured brain for a decision within a hard deadline; if it is late, fails or answers
/// nonsense, the offline screener decides instead. A caller never waits on a hung model and never hears silence.
/// </summary>
public sealed class Screener(IScreeningBrain primary, IScreeningBrain fallback, TimeSpan deadline, TimeProvider time, ILogger<Screener> logger)
{
    /// <summary>
    /// Decides the next step; always returns a usable decision, unless <paramref name="cancellationToken"/> (the turn's:
    /// its webhook stopped waiting) is cancelled first: then the brain is stopped and nothing is decided.
    /// </summary>
    public async Task<ScreeningOutcome> ScreenAsync(ScreeningContext context, CancellationToken cancellationToken = default)
    {
        var started = time.GetTimestamp();
        string? fallbackReason = null;
        if (!ReferenceEquals(primary, fallback))
        {
            using var timeout = new CancellationTokenSource(deadline, time);
            using var givenUp = cancellationToken.Register(static source => ((CancellationTokenSource)source!).Cancel(), timeout);
            var attempt = primary.DecideAsync(context, timeout.Token);
            try
            {
                // WaitAsync bounds the wait even for a brain that ignores its cancellation token.
                var decision = await attempt.WaitAsync(deadline, time, cancellationToken);
                if (IsUsable(decision))
                {
                    ScreeningMetrics.Screened(ScreeningMetrics.ModelBrain, fellBack: false, time.GetElapsedTime(started));
                    return new ScreeningOutcome(decision, primary.Name, ElapsedMs(started), null);
                }

                fallbackReason = "unusable answer";
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // The registration above may not have run yet (leaving this block disposes it): stop the brain here.
                await timeout.CancelAsync();
                Observe(attempt);
                throw;
            }
            catch (Exception e) when (e is TimeoutException or OperationCanceledException)
            {
                fallbackReason = "deadline";

                // WaitAsync can give up a moment before the token's own timer fires; cancel explicitly so a late
                // brain stops working (and spending) now rather than never, once the token is disposed.
                await timeout.CancelAsync();
                Observe(attempt);
            }
            catch (Exception e)
            {
                fallbackReason = e.GetType().Name;
            }

            logger.LogWarning("Brain {Brain} gave no usable decision ({Reason}) after {ElapsedMs} ms; the offline screener decides", primary.Name, fallbackReason, ElapsedMs(started));
        }

        var offline = await fallback.DecideAsync(context, CancellationToken.None);
        var brain = fallbackReason is null ? fallback.Name : $"{fallback.Name} (fallback: {primary.Name} {fallbackReason})";
        ScreeningMetrics.Screened(fallbackReason is null ? ScreeningMetrics.OfflineBrain : ScreeningMetrics.ModelBrain, fellBack: fallbackReason is not null, time.GetElapsedTime(started));
        return new ScreeningOutcome(offline, brain, ElapsedMs(started), fallbackReason);
    }

    private static bool IsUsable(ScreeningDecision? decision) =>
        decision is not null && !string.IsNullOrWhiteSpace(decision.Reply) && Enum.IsDefined(decision.Action);

    private int ElapsedMs(long started) => (int)Math.Round(time.GetElapsedTime(started).TotalMilliseconds);

    // The abandoned attempt may still fail later; observe it so it never surfaces as an unobserved task exception.
    private static void Observe(Task task) => task.ContinueWith(static t => _ = t.Exception, TaskScheduler.Default);
}

/// <summary>A decision, which brain made it, how long the screening took, and why the fallback decided (if it did).</summary>
public sealed record ScreeningOutcome(ScreeningDecision Decision, string Brain, int LatencyMs, string? FallbackReason);
