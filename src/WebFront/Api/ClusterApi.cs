using Concierge.WebFront.Api.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;
using Orleans;
using Orleans.Runtime;

namespace Concierge.WebFront.Api;

/// <summary><c>/api/cluster</c>, for the operator (admin key): the silos of the cluster this node belongs to.</summary>
public static class ClusterApi
{
    public static RouteGroupBuilder MapClusterApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/cluster").WithTags("Cluster")
            .RequireAuthorization(ApiPolicies.Admin).RequireRateLimiting(ApiPolicies.PerKey).WithApiProblems();
        group.MapGet("/", GetAsync).WithSummary("Lists the cluster's silos from Orleans' membership: address, name, status, start time.");
        return group;
    }

    private static async Task<Ok<ClusterResponse>> GetAsync(IGrainFactory grains, ILogger<ClusterResponse> logger)
    {
        var management = grains.GetGrain<IManagementGrain>(0);
        var silos = await management.GetDetailedHosts(onlyActive: false);
        var activations = (await ActivationsAsync(management, [.. silos.Where(s => s.Status == SiloStatus.Active).Select(s => s.SiloAddress)], logger)).ToLookup(s => s.SiloAddress);
        return TypedResults.Ok(new ClusterResponse([.. silos.OrderBy(s => s.StartTime).Select(silo => SiloResponse.Of(silo, ByType(activations[silo.SiloAddress])))]));
    }

    /// <summary>
    /// What each active silo hosts. A silo that died a moment ago is still listed active until the others notice (seconds):
    /// asking it fails, and the operator still gets the membership, without activations.
    /// </summary>
    private static async Task<SimpleGrainStatistic[]> ActivationsAsync(IManagementGrain management, SiloAddress[] active, ILogger logger)
    {
        try
        {
            return await management.GetSimpleGrainStatistics(active);
        }
        catch (Exception e) when (e is OrleansException or TimeoutException)
        {
            logger.LogWarning(e, "Could not count the activations of the cluster's silos");
            return [];
        }
    }

    private static Dictionary<string, int> ByType(IEnumerable<SimpleGrainStatistic> statistics) =>
        statistics.GroupBy(s => s.GrainType).ToDictionary(g => g.Key, g => g.Sum(s => s.ActivationCount));
}
