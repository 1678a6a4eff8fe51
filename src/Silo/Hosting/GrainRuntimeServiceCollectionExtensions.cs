using Azure.Core;
using Azure.Identity;
using Concierge.Grains.Interfaces.Projections;
using Concierge.Silo.Runtime;
using Concierge.Silo.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Orleans;
using Orleans.Runtime;

namespace Concierge.Silo.Hosting;

public static class GrainRuntimeServiceCollectionExtensions
{
    /// <summary>Registers the grain runtime (without storage; see <see cref="AddGrainStorage"/>).</summary>
    public static IServiceCollection AddGrainRuntime(this IServiceCollection services, Action<SiloOptions>? configure = null)
    {
        services.AddOptions<SiloOptions>()
            .Configure(o => configure?.Invoke(o))
            .Validate(o => o.CollectionAge > TimeSpan.Zero && o.CollectionQuantum > TimeSpan.Zero, "Concierge:Silo:CollectionAge and CollectionQuantum must be positive.")
            .Validate(o => o.MaxConflictRetries >= 0, "Concierge:Silo:MaxConflictRetries must not be negative.");
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new GrainTypeRegistry(sp.GetRequiredService<IOptions<SiloOptions>>().Value.GrainAssemblies));
        services.TryAddSingleton<GrainRuntime>();
        services.TryAddSingleton<IGrainFactory>(sp => sp.GetRequiredService<GrainRuntime>());
        services.TryAddScoped<ActivationScope>();
        services.TryAddScoped<IGrainContext>(sp => sp.GetRequiredService<ActivationScope>().Activation
            ?? throw new InvalidOperationException("IGrainContext is only available inside a grain activation."));
        services.TryAddScoped<IProjectionWriter>(sp => sp.GetRequiredService<ActivationScope>().Projections
            ?? throw new InvalidOperationException("IProjectionWriter is only available inside a grain activation."));
        return services;
    }

    /// <summary>
    /// Registers the SQL store chosen by <paramref name="options"/>. A store signing in with its Entra identity gets its
    /// token from the registered <see cref="TokenCredential"/> (DefaultAzureCredential unless one is registered).
    /// </summary>
    public static IServiceCollection AddGrainStorage(this IServiceCollection services, StorageOptions options)
    {
        services.AddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<TokenCredential>(_ => new DefaultAzureCredential());
        services.AddSingleton<SqlDialect>(sp => SqlDialectFactory.Create(
            options, sp.GetRequiredService<TokenCredential>, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<SqlGrainStorage>();
        services.AddSingleton<IGrainStorage>(sp => sp.GetRequiredService<SqlGrainStorage>());
        return services;
    }
}
