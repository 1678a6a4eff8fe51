using Concierge.Silo.Runtime;
using Concierge.Silo.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Concierge.Silo.Hosting;

/// <summary>
/// Starts and stops the silo with the host: prepares the schema, collects idle activations,
/// and on shutdown lets running turns finish and deactivates every activation.
/// </summary>
internal sealed class SiloLifetime(GrainRuntime runtime, IGrainStorage storage, IOptions<SiloOptions> options, TimeProvider time, ILogger<SiloLifetime> logger)
    : BackgroundService
{
    private static readonly TimeSpan MaintenanceInterval = TimeSpan.FromHours(1);

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await storage.EnsureSchemaAsync(cancellationToken);
            await storage.MaintainAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Keep serving: /health/ready reports the store down, and the schema is retried on next use.
            logger.LogError(e, "{Provider} store is not reachable at start-up; will retry on first use", storage.ProviderName);
        }

        await base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await runtime.DeactivateAllAsync().WaitAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CollectionQuantum, time);
        var maintained = time.GetTimestamp();
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            if (time.GetElapsedTime(maintained) >= MaintenanceInterval)
            {
                maintained = time.GetTimestamp();
                await MaintainAsync(stoppingToken);
            }

            try
            {
                var collected = await runtime.CollectIdleAsync(options.Value.CollectionAge);
                if (collected > 0)
                {
                    logger.LogDebug("Collected {Count} idle activations", collected);
                }
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "Idle collection failed");
            }
        }
    }

    private async Task MaintainAsync(CancellationToken stoppingToken)
    {
        try
        {
            await storage.MaintainAsync(stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Store maintenance failed; will try again in an hour");
        }
    }
}
