using System.Net;
using Concierge.TestSupport;

namespace Concierge.WebFront.Tests.Api;

public sealed class ClusterApiTests(ConciergeAppFactory app) : IClassFixture<ConciergeAppFactory>
{
    [Fact]
    public async Task OperatorSeesThisNodesSiloActiveInTheClusterWithItsGrains()
    {
        await app.NewCall().RingAsync();

        var cluster = await (await app.Api(ConciergeAppFactory.AdminKey).GetAsync("/api/cluster")).JsonAsync(HttpStatusCode.OK);

        var silo = Assert.Single(cluster.GetProperty("silos").EnumerateArray());
        Assert.Equal("Active", silo.GetProperty("status").GetString());
        Assert.StartsWith("127.0.0.1:", silo.GetProperty("address").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(silo.GetProperty("name").GetString()));
        var activations = silo.GetProperty("activations").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32());
        Assert.True(activations.Keys.Any(type => type.Contains("CallGrain", StringComparison.Ordinal)), string.Join(", ", activations.Keys));
        Assert.InRange(silo.GetProperty("startedAt").GetDateTimeOffset(), DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddMinutes(1));
    }

    [Fact]
    public async Task TheClusterIsTheOperatorsOnly()
    {
        await (await app.Api().GetAsync("/api/cluster")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await app.Api(apiKey: null).GetAsync("/api/cluster")).ProblemAsync(HttpStatusCode.Unauthorized);
    }
}
