using Azure.Core;
using Azure.Identity;
using Concierge.Grains;
using Concierge.Grains.Interfaces.Callers;
using Concierge.Grains.Interfaces.Projections;
using Concierge.Silo.Callers;
using Concierge.Silo.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Orleans.Hosting;
using Orleans.Storage;

namespace Concierge.Silo.Hosting;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the SQL store <see cref="StorageOptions"/> choose (from the options pipeline). A store signing in with its
    /// Entra identity uses the registered <see cref="TokenCredential"/> (DefaultAzureCredential unless one is registered).
    /// </summary>
    public static IServiceCollection AddConciergeStore(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<TokenCredential>(_ => new DefaultAzureCredential());
        services.AddSingleton<SqlDialect>(sp => SqlDialectFactory.Create(
            sp.GetRequiredService<IOptions<StorageOptions>>().Value, sp.GetRequiredService<TokenCredential>));
        services.AddSingleton<SqlStore>();
        return services;
    }

    /// <summary>The store with the given settings instead of configuration's (tests, benchmarks).</summary>
    public static IServiceCollection AddConciergeStore(this IServiceCollection services, StorageOptions options)
    {
        services.AddSingleton(Options.Create(options));
        return services.AddConciergeStore();
    }

    /// <summary>
    /// Makes the SQL store the grains' storage (<see cref="GrainStorage.Name"/>). The projection buffer is scoped: Orleans
    /// gives each activation a service scope of its own, and the storage (one for all) commits the writing activation's
    /// rows with its state. A failed turn leaves nothing behind (<see cref="FailedTurnFilter"/>).
    /// </summary>
    public static ISiloBuilder UseConciergeStorage(this ISiloBuilder silo)
    {
        silo.Services.AddConciergeStore();
        silo.Services.AddScoped<ProjectionBuffer>();
        silo.Services.AddScoped<IProjectionWriter>(sp => sp.GetRequiredService<ProjectionBuffer>());
        silo.Services.AddKeyedSingleton<IGrainStorage, SqlGrainStorage>(GrainStorage.Name);
        silo.Services.AddSingleton<ICallerCallLog, SqlCallerCallLog>(); // what a caller grain catches up from: its calls' own commits
        return silo.AddIncomingGrainCallFilter<FailedTurnFilter>();
    }

    /// <summary>The grains' storage with the given settings instead of configuration's (tests, benchmarks).</summary>
    public static ISiloBuilder UseConciergeStorage(this ISiloBuilder silo, StorageOptions options)
    {
        silo.Services.AddSingleton(Options.Create(options));
        return silo.UseConciergeStorage();
    }
}
