using Concierge.Silo.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Concierge.Silo.Hosting;

/// <summary>Ready means the store answers and its schema is in place.</summary>
internal sealed class StorageHealthCheck(IGrainStorage storage) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await storage.CheckHealthAsync(cancellationToken);
            return HealthCheckResult.Healthy($"{storage.ProviderName} store reachable");
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"{storage.ProviderName} store unreachable", e);
        }
    }
}
