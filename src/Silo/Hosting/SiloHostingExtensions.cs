using Concierge.Grains;
using Concierge.Silo.Brains;
using Concierge.Silo.Queries;
using Concierge.Silo.Runtime;
using Concierge.Silo.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Concierge.Silo.Hosting;

public static class SiloHostingExtensions
{
    /// <summary>Health-check tag of the checks behind <c>/health/ready</c>.</summary>
    public const string ReadyTag = "ready";

    /// <summary>
    /// Hosts Concierge's grains in this process: the runtime, the store chosen by <c>Concierge:Storage</c>
    /// (SQLite file by default), the silo lifecycle, and the store's readiness check.
    /// </summary>
    public static IHostApplicationBuilder AddConciergeSilo(this IHostApplicationBuilder builder)
    {
        var storage = builder.Configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        builder.Services.AddGrainStorage(storage.WithPathsUnder(builder.Environment.ContentRootPath));
        builder.Services.AddGrainRuntime(o => o.GrainAssemblies.Add(GrainsAssembly.Assembly));
        builder.Services.AddScreeningBrains(builder.Configuration.GetSection(ModelOptions.SectionName).Get<ModelOptions>() ?? new ModelOptions());
        builder.Services.AddOptions<SiloOptions>().BindConfiguration(SiloOptions.SectionName).ValidateOnStart();
        builder.Services.AddHostedService<SiloLifetime>();
        builder.Services.AddOptions<OwnerOptions>().BindConfiguration(OwnerOptions.SectionName).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<OwnerOptions>, OwnerOptionsValidator>();
        builder.Services.AddHostedService<DefaultCompanySeeder>();
        builder.Services.AddSingleton<CompanyDirectory>();
        builder.Services.AddSingleton<ConversationQueries>();
        builder.Services.AddSingleton<CallerQueries>();
        builder.Services.AddSingleton<CompanyQueries>();
        builder.Services.AddSingleton<LiveCallQueries>();
        builder.Services.AddSingleton<OverviewQueries>();
        builder.Services.AddHealthChecks().AddCheck<StorageHealthCheck>("store", tags: [ReadyTag]);
        return builder;
    }
}
