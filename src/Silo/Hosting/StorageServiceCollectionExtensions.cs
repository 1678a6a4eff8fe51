using Azure.Core;
using Azure.Identity;
using Concierge.Grains;
using Concierge.Grains.Interfaces.Projections;
using Concierge.Silo.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans.Hosting;
using Orleans.Storage;

namespace Concierge.Silo.Hosting;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the SQL store chosen by <paramref name="options"/>. A store signing in with its Entra identity gets its
    /// token from the registered <see cref="TokenCredential"/> (DefaultAzureCredential unless one is registered).
    /// </summary>
    public static IServiceCollection AddConciergeStore(this IServiceCollection services, StorageOptions options)
    {
        services.AddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<TokenCredential>(_ => new DefaultAzureCredential());
        services.AddSingleton<SqlDialect>(sp => SqlDialectFactory.Create(
            options, sp.GetRequiredService<TokenCredential>, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<SqlStore>();
        return services;
    }

    /// <summary>
    /// Makes the SQL store the grains' storage (<see cref="GrainStorage.Name"/>). The storage and the projection buffer are
    /// scoped: Orleans gives each activation a service scope of its own, so a grain's projection rows and its state
    /// commit together. A failed turn leaves nothing behind (<see cref="FailedTurnFilter"/>).
    /// </summary>
    public static ISiloBuilder UseConciergeStorage(this ISiloBuilder silo, StorageOptions options)
    {
        silo.Services.AddConciergeStore(options);
        silo.Services.AddScoped<ProjectionBuffer>();
        silo.Services.AddScoped<IProjectionWriter>(sp => sp.GetRequiredService<ProjectionBuffer>());
        silo.Services.AddKeyedScoped<IGrainStorage, SqlGrainStorage>(GrainStorage.Name);
        return silo.AddIncomingGrainCallFilter<FailedTurnFilter>();
    }
}
