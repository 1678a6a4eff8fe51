using Concierge.Silo.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Concierge.Silo.Hosting;

/// <summary>Ready means the store answers and its schema is in place.</summary>
internal sealed class StorageHealthCheck(SqlStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await store.CheckHealthAsync(cancellationToken);
            return HealthCheckResult.Healthy($"{store.ProviderName} store reachable");
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"{store.ProviderName} store unreachable", e);
        }
    }
}
