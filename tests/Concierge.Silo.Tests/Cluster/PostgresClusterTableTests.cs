using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Runtime;
using Orleans.Runtime.Membership;
using Orleans.Runtime.MembershipService;

namespace Concierge.Silo.Tests.Cluster;

/// <summary>
/// Orleans' own ADO.NET membership and reminder tables (the classes the silos use, binding parameters as they do) on
/// our PostgreSQL schema, driven directly through the cases a running cluster rarely hits: stale versions, rows that
/// already exist, concurrent upserts, hash ranges that wrap.
/// </summary>
public sealed class PostgresClusterTableTests
{
    [Fact]
    public async Task MembershipWritesSucceedOnlyAtTheCurrentVersionAndEachBumpsIt()
    {
        await using var database = await PostgresClusterDatabase.CreateAsync();
        var table = await MembershipTableAsync(database.ConnectionString, "membership-contract");

        var empty = await table.ReadAllAsync();
        Assert.Empty(empty.Members);
        Assert.Equal("0", empty.Version.VersionEtag);

        var entry = Entry(port: 11111, SiloStatus.Joining);
        Assert.True(await table.InsertRowAsync(entry, empty.Version.Next()));
        Assert.False(await table.InsertRowAsync(Entry(port: 22222, SiloStatus.Joining), empty.Version.Next())); // stale version
        var afterInsert = await table.ReadAllAsync();
        Assert.Equal("1", afterInsert.Version.VersionEtag);
        Assert.False(await table.InsertRowAsync(entry, afterInsert.Version.Next())); // the row exists
        Assert.Equal("1", (await table.ReadAllAsync()).Version.VersionEtag); // and a refused insert leaves the version

        var (stored, etag) = Assert.Single((await table.ReadRowAsync(entry.SiloAddress)).Members);
        Assert.Equal(entry.SiloAddress, stored.SiloAddress);
        Assert.Equal("silo-11111", stored.SiloName);
        Assert.Equal(SiloStatus.Joining, stored.Status);
        Assert.Equal(entry.StartTime, stored.StartTime, TimeSpan.FromMilliseconds(1));
        Assert.Equal(DateTimeKind.Utc, stored.StartTime.Kind);

        stored.Status = SiloStatus.Active;
        Assert.False(await table.UpdateRowAsync(stored, "0", empty.Version.Next())); // stale version
        Assert.True(await table.UpdateRowAsync(stored, etag, afterInsert.Version.Next()));
        var afterUpdate = await table.ReadAllAsync();
        Assert.Equal("2", afterUpdate.Version.VersionEtag);
        Assert.Equal(SiloStatus.Active, Assert.Single(afterUpdate.Members).Item1.Status);

        var missing = Entry(port: 33333, SiloStatus.Active);
        Assert.False(await table.UpdateRowAsync(missing, "2", afterUpdate.Version.Next())); // no such row
        Assert.Equal("2", (await table.ReadAllAsync()).Version.VersionEtag);

        var alive = stored.IAmAliveTime.AddSeconds(30);
        stored.IAmAliveTime = alive;
        await table.UpdateIAmAliveAsync(stored);
        var afterHeartbeat = await table.ReadAllAsync();
        Assert.Equal("2", afterHeartbeat.Version.VersionEtag); // a heartbeat is not a membership change
        Assert.Equal(alive, Assert.Single(afterHeartbeat.Members).Item1.IAmAliveTime, TimeSpan.FromMilliseconds(1));

        await table.DeleteMembershipTableEntriesAsync("membership-contract");
        Assert.Equal(0L, await PostgresClusterDatabase.ScalarAsync<long>(database.ConnectionString,
            "SELECT count(*) FROM OrleansMembershipVersionTable WHERE DeploymentId = 'membership-contract'"));
    }

    [Fact]
    public async Task OnlyDeadSilosWhoseTimesAndSuspicionsStillMatchAreCleanedUp()
    {
        await using var database = await PostgresClusterDatabase.CreateAsync();
        var table = await MembershipTableAsync(database.ConnectionString, "cleanup-contract");
        var longAgo = DateTime.UtcNow.AddHours(-2);
        var dead = Entry(port: 1, SiloStatus.Dead, longAgo);
        var deadSuspected = Entry(port: 2, SiloStatus.Dead, longAgo);
        deadSuspected.SuspectTimes = [Tuple.Create(dead.SiloAddress, longAgo)];
        var active = Entry(port: 3, SiloStatus.Active, longAgo);
        var recentlyDead = Entry(port: 4, SiloStatus.Dead, DateTime.UtcNow);
        foreach (var entry in new[] { dead, deadSuspected, active, recentlyDead })
        {
            Assert.True(await table.InsertRowAsync(entry, (await table.ReadAllAsync()).Version.Next()));
        }

        // Suspicions are written by an update; the insert leaves them out.
        var version = (await table.ReadAllAsync()).Version;
        Assert.True(await table.UpdateRowAsync(deadSuspected, version.VersionEtag, version.Next()));

        await table.CleanupDefunctSiloEntriesAsync(DateTimeOffset.UtcNow.AddHours(-1));

        var left = (await table.ReadAllAsync()).Members.Select(m => m.Item1.SiloAddress.Endpoint.Port).Order();
        Assert.Equal([3, 4], left);
    }

    [Fact]
    public async Task GatewaysAreTheActiveSilosWithAProxyPort()
    {
        await using var database = await PostgresClusterDatabase.CreateAsync();
        var table = await MembershipTableAsync(database.ConnectionString, "gateway-contract");
        var gateway = Entry(port: 1, SiloStatus.Active);
        gateway.ProxyPort = 30001;
        var noGateway = Entry(port: 2, SiloStatus.Active);
        var joining = Entry(port: 3, SiloStatus.Joining);
        joining.ProxyPort = 30003;
        foreach (var entry in new[] { gateway, noGateway, joining })
        {
            Assert.True(await table.InsertRowAsync(entry, (await table.ReadAllAsync()).Version.Next()));
        }

        var provider = ActivatorUtilities.CreateInstance<AdoNetGatewayListProvider>(Services(database.ConnectionString, "gateway-contract"));
        await provider.InitializeGatewayListProviderAsync();
        var gateways = await provider.GetGatewaysAsync();

        Assert.Equal(30001, Assert.Single(gateways).Port);
    }

    [Fact]
    public async Task ReminderUpsertsCountVersionsEvenWhenConcurrentAndDeletesNeedTheCurrentOne()
    {
        await using var database = await PostgresClusterDatabase.CreateAsync();
        var reminders = await ReminderTableAsync(database.ConnectionString, "reminder-contract");
        var grain = GrainId.Create("probe", "concurrent");

        var etags = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => reminders.UpsertRow(Reminder(grain, "tick"))));

        Assert.Equal(Enumerable.Range(0, 8).Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture)).Order(), etags.Order());
        var stored = await reminders.ReadRow(grain, "tick");
        Assert.NotNull(stored);
        Assert.Equal("7", stored.ETag);
        Assert.Equal(TimeSpan.FromMinutes(1), stored.Period);
        Assert.Single((await reminders.ReadRows(grain)).Reminders);

        Assert.False(await reminders.RemoveRow(grain, "tick", "6"));
        Assert.True(await reminders.RemoveRow(grain, "tick", "7"));
        Assert.Null(await reminders.ReadRow(grain, "tick"));
    }

    [Fact]
    public async Task ReminderRangesPartitionTheHashRingIncludingTheRangeThatWraps()
    {
        await using var database = await PostgresClusterDatabase.CreateAsync();
        var reminders = await ReminderTableAsync(database.ConnectionString, "ring-contract");
        var grains = Enumerable.Range(0, 40).Select(i => GrainId.Create("probe", $"ring-{i}")).ToList();
        foreach (var grain in grains)
        {
            await reminders.UpsertRow(Reminder(grain, "tick"));
        }

        // Boundaries on both sides of the signed/unsigned edge; the last range wraps past zero.
        uint[] bounds = [0x10000000, 0x60000000, 0x90000000, 0xE0000000];
        var seen = new List<GrainId>();
        for (var i = 0; i < bounds.Length; i++)
        {
            uint begin = bounds[i], end = bounds[(i + 1) % bounds.Length];
            var rows = (await reminders.ReadRows(begin, end)).Reminders.Select(r => r.GrainId).ToList();
            var expected = grains.Where(g => InRange(g.GetUniformHashCode(), begin, end)).ToList();
            Assert.Equal(expected.Order(), rows.Order());
            seen.AddRange(rows);
        }

        Assert.Equal(grains.Order(), seen.Order());

        await reminders.TestOnlyClearTable();
        Assert.Empty((await reminders.ReadRows(0x10000000, 0x10000000)).Reminders);
    }

    private static bool InRange(uint hash, uint begin, uint end) =>
        begin < end ? hash > begin && hash <= end : hash > begin || hash <= end;

    private static MembershipEntry Entry(int port, SiloStatus status, DateTime? at = null)
    {
        var time = at ?? DateTime.UtcNow;
        return new MembershipEntry
        {
            SiloAddress = SiloAddress.New(new IPEndPoint(IPAddress.Loopback, port), 1),
            SiloName = $"silo-{port}",
            HostName = "test-host",
            Status = status,
            ProxyPort = 0,
            StartTime = time,
            IAmAliveTime = time,
        };
    }

    private static ReminderEntry Reminder(GrainId grain, string name) => new()
    {
        GrainId = grain,
        ReminderName = name,
        StartAt = DateTime.UtcNow.AddMinutes(1),
        Period = TimeSpan.FromMinutes(1),
    };

    private static ServiceProvider Services(string connectionString, string clusterId)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.Configure<ClusterOptions>(options =>
        {
            options.ClusterId = clusterId;
            options.ServiceId = clusterId;
        });
        services.Configure<GatewayOptions>(_ => { });
        services.Configure<AdoNetClusteringSiloOptions>(options =>
        {
            options.Invariant = "Npgsql";
            options.ConnectionString = connectionString;
        });
        services.Configure<AdoNetClusteringClientOptions>(options =>
        {
            options.Invariant = "Npgsql";
            options.ConnectionString = connectionString;
        });
        services.UseAdoNetReminderService(options => options.Configure(reminders =>
        {
            reminders.Invariant = "Npgsql";
            reminders.ConnectionString = connectionString;
        }));
        return services.BuildServiceProvider();
    }

    private static async Task<IMembershipTable> MembershipTableAsync(string connectionString, string clusterId)
    {
        var table = ActivatorUtilities.CreateInstance<AdoNetClusteringTable>(Services(connectionString, clusterId));
        await table.InitializeMembershipTableAsync(tryInitTableVersion: true);
        return table;
    }

    private static async Task<IReminderTable> ReminderTableAsync(string connectionString, string serviceId)
    {
        // The ADO.NET reminder table is internal: take it from the registration a silo would use.
        var table = Services(connectionString, serviceId).GetRequiredService<IReminderTable>();
        await table.StartAsync();
        return table;
    }
}
