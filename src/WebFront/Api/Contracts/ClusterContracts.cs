using Orleans.Runtime;

namespace Concierge.WebFront.Api.Contracts;

/// <summary>The cluster's silos as Orleans' membership table lists them, the dead included until Orleans cleans them up.</summary>
public sealed record ClusterResponse(IReadOnlyList<SiloResponse> Silos);

/// <param name="Address">Where other silos reach it (address:port, generation).</param>
/// <param name="Name">The silo's name (a pod's name on AKS).</param>
/// <param name="Status">Orleans' status: Joining, Active, ShuttingDown, Stopping, Dead.</param>
/// <param name="StartedAt">When the silo started.</param>
/// <param name="Activations">Grains active on it now, by grain type (calls, callers, companies…); empty for a silo that is not active.</param>
public sealed record SiloResponse(string Address, string Name, string Status, DateTimeOffset StartedAt, IReadOnlyDictionary<string, int> Activations)
{
    public static SiloResponse Of(MembershipEntry entry, IReadOnlyDictionary<string, int> activations) => new(
        entry.SiloAddress.ToParsableString(),
        entry.SiloName,
        entry.Status.ToString(),
        new DateTimeOffset(DateTime.SpecifyKind(entry.StartTime, DateTimeKind.Utc)),
        activations);
}
