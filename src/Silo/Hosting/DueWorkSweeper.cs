using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Concierge.Silo.Hosting;

/// <summary>
/// What makes work kept in grains survive a restart (there is no reminder provider on SQLite): once the host has started
/// (the silo takes grain calls from then on), and then every <paramref name="period"/>, <see cref="SweepAsync"/> resumes
/// whatever is due, by activating its grains. Resuming work already under way does nothing, so every node may sweep.
/// </summary>
/// <param name="work">What is swept, as the log names it ("notes due for processing").</param>
internal abstract partial class DueWorkSweeper(string work, TimeSpan period, IHostApplicationLifetime lifetime, TimeProvider time, ILogger logger)
    : BackgroundService
{
    /// <summary>At most this many items are resumed per sweep; the rest wait for the next tick.</summary>
    protected const int Batch = 500;

    /// <summary>Resumes what is due at <paramref name="nowMs"/> (Unix milliseconds); returns how many.</summary>
    protected abstract Task<int> SweepAsync(long nowMs, CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        {
            await started.Task.WaitAsync(stoppingToken);
        }

        using var ticks = new PeriodicTimer(period, time);
        do
        {
            try
            {
                await SweepAsync(time.GetUtcNow().ToUnixTimeMilliseconds(), stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                LogSweepFailed(logger, work, e); // the store may be down: the next sweep tries again
            }
        }
        while (await ticks.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(EventId = 4111, Level = LogLevel.Warning, Message = "The sweep of {Work} failed; it runs again at its next tick")]
    private static partial void LogSweepFailed(ILogger logger, string work, Exception exception);
}
