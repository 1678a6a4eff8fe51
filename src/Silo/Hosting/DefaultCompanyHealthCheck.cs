using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Concierge.Silo.Hosting;

/// <summary>
/// Whether the default company has been set up at this start (<see cref="DefaultCompanySeeder"/>). The seeder writes only
/// once the server listens, so for the first moments of a first start the owner's API key is not registered yet: ready
/// waits for it, and a load balancer or a script sends nothing the app would refuse.
/// </summary>
internal sealed class DefaultCompanyHealthCheck : IHealthCheck
{
    private volatile bool configured;

    /// <summary>Called by the seeder when the company's settings and key are in place; it stays so for the process.</summary>
    public void Configured() => configured = true;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(configured
            ? HealthCheckResult.Healthy("default company configured")
            : HealthCheckResult.Unhealthy("the default company is being configured"));
}
