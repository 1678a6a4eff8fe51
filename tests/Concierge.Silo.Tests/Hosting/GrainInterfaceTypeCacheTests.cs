using Concierge.Grains.Interfaces.Calls;
using Concierge.Silo.Hosting;
using Concierge.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Orleans;
using Orleans.Metadata;
using Orleans.Serialization.TypeSystem;

namespace Concierge.Silo.Tests.Hosting;

/// <summary>The app's grain references name the same interface types Orleans would, with the lookup done once per interface.</summary>
public sealed class GrainInterfaceTypeCacheTests(ConciergeAppFactory app) : IClassFixture<ConciergeAppFactory>
{
    [Fact]
    public void EveryGrainInterfaceKeepsTheTypeOrleansGivesIt()
    {
        var providers = app.Services.GetServices<IGrainInterfaceTypeProvider>().ToList();
        var withoutCache = new GrainInterfaceTypeResolver(providers.Where(p => p is not GrainInterfaceTypeCache), app.Services.GetRequiredService<TypeConverter>());
        var resolver = app.Services.GetRequiredService<GrainInterfaceTypeResolver>();
        var interfaces = typeof(ICallGrain).Assembly.GetTypes().Where(t => t.IsInterface && typeof(IGrain).IsAssignableFrom(t)).ToList();

        Assert.IsType<GrainInterfaceTypeCache>(providers[0]); // the resolver asks it first
        Assert.True(interfaces.Count > 5, $"found {interfaces.Count} grain interfaces");
        foreach (var type in interfaces)
        {
            var expected = withoutCache.GetGrainInterfaceType(type);
            Assert.Equal(expected, resolver.GetGrainInterfaceType(type));
            Assert.Equal(expected, resolver.GetGrainInterfaceType(type)); // the second time, from the cache
        }
    }
}
