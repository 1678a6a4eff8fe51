using Concierge.Grains.Interfaces.Webhooks;
using Concierge.Grains.Webhooks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans;

namespace Concierge.Silo.Webhooks;

/// <summary>
/// What makes the outbox survive a restart (there is no reminder provider on SQLite): once the silo is up, and then every
/// <c>Concierge:Webhooks:SweepSeconds</c>, every delivery whose attempt is due is resumed (its grain activated, which
/// schedules the attempt). Resuming a delivery that already has its timer does nothing, so every node may sweep.
/// </summary>
internal sealed partial class WebhookSweeper(
    IGrainFactory grains, WebhookQueries deliveries, IHostApplicationLifetime lifetime, IOptions<WebhookOptions> options, TimeProvider time, ILogger<WebhookSweeper> logger)
    : BackgroundService
{
    private const int Batch = 500;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The silo takes grain calls once the host has started.
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (lifetime.ApplicationStarted.Register(started.SetResult))
        {
            await started.Task.WaitAsync(stoppingToken);
        }

        using var period = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.SweepSeconds), time);
        do
        {
            try
            {
                var due = await deliveries.DueAsync(time.GetUtcNow().ToUnixTimeMilliseconds(), Batch, stoppingToken);
                await Task.WhenAll(due.Select(key => grains.GetGrain<IWebhookDeliveryGrain>(key).ResumeAsync()));
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                LogSweepFailed(logger, e); // the store may be down: the next sweep tries again
            }
        }
        while (await period.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(EventId = 4211, Level = LogLevel.Warning, Message = "The sweep of webhook deliveries due failed; it runs again at its next tick")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);
}
