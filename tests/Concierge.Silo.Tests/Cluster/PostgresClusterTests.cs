using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;
using static Concierge.Silo.Tests.Cluster.SiloCluster;

namespace Concierge.Silo.Tests.Cluster;

/// <summary>Real silos clustering and keeping reminders through our PostgreSQL schema.</summary>
public sealed class PostgresClusterTests(PostgresCluster cluster) : IClassFixture<PostgresCluster>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task TwoSilosSeeEachOtherAsActive()
    {
        var first = AddressOf(cluster.First);
        var second = AddressOf(cluster.Second);

        foreach (var silo in new[] { cluster.First, cluster.Second })
        {
            Assert.True(
                await EventuallyAsync(async () =>
                {
                    var active = await ActiveSilosSeenByAsync(silo);
                    return active.Contains(first) && active.Contains(second);
                }, Patience),
                $"{AddressOf(silo)} does not see both {first} and {second} as active");
        }

        var activeRows = await PostgresClusterDatabase.ScalarAsync<long>(cluster.Database.ConnectionString,
            "SELECT count(*) FROM OrleansMembershipTable WHERE DeploymentId = @cluster AND Status = 3 AND Port IN (@first, @second)",
            ("cluster", PostgresCluster.ClusterId), ("first", first.Endpoint.Port), ("second", second.Endpoint.Port));
        Assert.Equal(2, activeRows);
    }

    [Fact]
    public async Task ASiloThatStopsIsDeadToTheOthersAndItsRowCanBeCleanedUp()
    {
        var leaver = await cluster.StartSiloAsync("leaver");
        var address = AddressOf(leaver);
        Assert.True(
            await EventuallyAsync(async () => (await ActiveSilosSeenByAsync(cluster.First)).Contains(address), Patience),
            $"the first silo never saw {address} join");

        await cluster.StopSiloAsync(leaver);

        Assert.True(
            await EventuallyAsync(async () => !(await ActiveSilosSeenByAsync(cluster.First)).Contains(address), Patience),
            $"the first silo still counts {address} as active");
        var cs = cluster.Database.ConnectionString;
        Assert.Equal((int)SiloStatus.Dead, await PostgresClusterDatabase.ScalarAsync<int>(cs,
            "SELECT Status FROM OrleansMembershipTable WHERE DeploymentId = @cluster AND Port = @port AND Generation = @generation",
            ("cluster", PostgresCluster.ClusterId), ("port", address.Endpoint.Port), ("generation", address.Generation)));

        // Orleans' own clean-up: it reads the dead row back, then deletes it only if its times still match (CleanupDefunctSiloEntryKey).
        var table = cluster.First.Services.GetRequiredService<IMembershipTable>();
        await table.CleanupDefunctSiloEntriesAsync(DateTimeOffset.UtcNow.AddMinutes(1));

        Assert.Equal(0L, await PostgresClusterDatabase.ScalarAsync<long>(cs,
            "SELECT count(*) FROM OrleansMembershipTable WHERE DeploymentId = @cluster AND Port = @port",
            ("cluster", PostgresCluster.ClusterId), ("port", address.Endpoint.Port)));
        Assert.Equal(2L, await PostgresClusterDatabase.ScalarAsync<long>(cs,
            "SELECT count(*) FROM OrleansMembershipTable WHERE DeploymentId = @cluster AND Status = 3",
            ("cluster", PostgresCluster.ClusterId)));
    }

    [Fact]
    public async Task AReminderIsStoredReadBackAndRemoved()
    {
        var key = $"probe-{Guid.NewGuid():N}";
        var grain = cluster.First.Services.GetRequiredService<IGrainFactory>().GetGrain<IReminderProbeGrain>(key);
        var sameGrainFromTheOtherSilo = cluster.Second.Services.GetRequiredService<IGrainFactory>().GetGrain<IReminderProbeGrain>(key);
        var cs = cluster.Database.ConnectionString;
        const string rowsSql =
            "SELECT count(*) FROM OrleansRemindersTable WHERE ServiceId = @service AND GrainId LIKE '%' || @key AND ReminderName = 'wake-up'";

        await grain.RegisterAsync("wake-up");
        Assert.True(await sameGrainFromTheOtherSilo.HasAsync("wake-up"));
        Assert.Equal(1L, await PostgresClusterDatabase.ScalarAsync<long>(cs, rowsSql, ("service", SiloCluster.ServiceId), ("key", key)));

        await grain.RegisterAsync("wake-up");
        Assert.Equal(1, await PostgresClusterDatabase.ScalarAsync<int>(cs,
            "SELECT Version FROM OrleansRemindersTable WHERE ServiceId = @service AND GrainId LIKE '%' || @key",
            ("service", SiloCluster.ServiceId), ("key", key)));

        await grain.UnregisterAsync("wake-up");
        Assert.False(await grain.HasAsync("wake-up"));
        Assert.Equal(0L, await PostgresClusterDatabase.ScalarAsync<long>(cs, rowsSql, ("service", SiloCluster.ServiceId), ("key", key)));
    }
}
