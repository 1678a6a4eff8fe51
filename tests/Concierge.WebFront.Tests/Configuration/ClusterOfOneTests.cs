using Concierge.TestSupport;
using Concierge.WebFront.Tests.Logging;
using Microsoft.Extensions.Logging;

namespace Concierge.WebFront.Tests.Configuration;

public sealed class ClusterOfOneTests
{
    [Fact]
    public async Task ANodeOnASharedStoreWithoutAClusterWarnsThatItIsAClusterOfOne()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var app = new LoggedConciergeApp();
        app.Settings["Concierge:Storage:Provider"] = "Postgres";
        app.Settings["Concierge:Storage:ConnectionString"] = database.ConnectionString;

        using var client = app.CreateClient();

        Assert.Contains(app.Logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("cluster of one", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheEmbeddedSingleNodeSaysNothingAboutClusters()
    {
        await using var app = new LoggedConciergeApp();

        using var client = app.CreateClient();

        Assert.DoesNotContain(app.Logs.Entries, e => e.Message.Contains("cluster of one", StringComparison.Ordinal));
    }
}
