using Concierge.Silo.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Concierge.Silo.Hosting;

/// <summary>
/// Prepares the store's schema at start-up and keeps its query statistics fresh (hourly). A store that is down at
/// start-up does not stop the app: readiness reports it, and the schema is retried on first use.
/// </summary>
internal sealed partial class StoreLifetime(SqlStore store, TimeProvider time, ILogger<StoreLifetime> logger) : BackgroundService
{
    private static readonly TimeSpan MaintenanceInterval = TimeSpan.FromHours(1);

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await store.EnsureSchemaAsync(cancellationToken);
            await store.MaintainAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Unreachable(e, store.ProviderName);
        }

        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(MaintenanceInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await store.MaintainAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    MaintenanceFailed(e);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // A host disposed without being stopped (one whose start failed) cancels here; that is an end, not a crash.
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "{Provider} store is not reachable at start-up; will retry on first use")]
    private partial void Unreachable(Exception exception, string provider);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Store maintenance failed; will try again in an hour")]
    private partial void MaintenanceFailed(Exception exception);
}
