using Concierge.Silo.Hosting;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Concierge.WebFront.Health;

public static class HealthEndpoints
{
    /// <summary>
    /// <c>/health/live</c>: the process answers (no dependency checked, so a store outage never gets the node restarted);
    /// <c>/health/ready</c>: the store answers and its schema is in place.
    /// </summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        routes.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(SiloHostingExtensions.ReadyTag) });
        return routes;
    }
}
