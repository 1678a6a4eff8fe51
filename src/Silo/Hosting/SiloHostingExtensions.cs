using Concierge.Silo.Brains;
using Concierge.Silo.Cluster;
using Concierge.Silo.Queries;
using Concierge.Silo.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Hosting;

namespace Concierge.Silo.Hosting;

public static class SiloHostingExtensions
{
    /// <summary>Health-check tag of the checks behind <c>/health/ready</c>.</summary>
    public const string ReadyTag = "ready";

    /// <summary>
    /// How long a grain call may take before it fails. Twilio gives up on a webhook after 15 s; a call stuck longer
    /// (a store that hangs, a call cycle Orleans would otherwise wait out for 30 s) must fail in time for the caller
    /// to hear the fallback instead of silence.
    /// </summary>
    public static readonly TimeSpan GrainCallTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Grain locations a silo remembers (Orleans: 1,000,000, allocated at start); least recently used go first.</summary>
    private const int DirectoryCacheSize = 100_000;

    /// <summary>
    /// Hosts Concierge's grains in this process: an Orleans silo in the cluster <c>Concierge:Cluster</c> describes (one
    /// local silo by default), the store chosen by <c>Concierge:Storage</c> (a SQLite file by default) as grain storage,
    /// the screener, the default company, and the store's readiness check. Every setting goes through the options
    /// pipeline (<see cref="ConciergeSettings"/>); settings that cannot work stop start-up, each problem naming its key.
    /// </summary>
    public static IHostApplicationBuilder AddConciergeSilo(this IHostApplicationBuilder builder)
    {
        var storage = builder.AddConciergeSettings<StorageOptions>(StorageOptions.SectionName, options => options.Validate());
        builder.Services.AddOptions<StorageOptions>()
            .PostConfigure<IHostEnvironment>((options, environment) => options.AnchorPathsUnder(environment.ContentRootPath));
        var cluster = builder.AddConciergeSettings<SiloClusterOptions>(SiloClusterOptions.SectionName, options => options.Validate(storage));
        var platform = builder.AddConciergeRootSettings<HostPlatformOptions>(options => options.Validate());
        var model = builder.AddConciergeSettings<ModelOptions>(ModelOptions.SectionName, options => options.Validate());

        builder.Services.AddScreeningBrains();
        builder.AddConciergeNotes(model);
        builder.AddConciergeWebhooks();
        builder.AddConciergeLeads();
        builder.AddConciergeAppointments();
        builder.Services.AddHostedService<StoreLifetime>(); // started before the silo, so the first grain finds the schema in place
        builder.Services.AddHostedService<SingleSiloWarning>();
        builder.UseOrleans(silo => silo
            .UseConciergeCluster(cluster, platform)
            .UseConciergeStorage()
            .Configure<SiloMessagingOptions>(o =>
            {
                o.ResponseTimeout = GrainCallTimeout;
                // A call that times out is cancelled at the grain too (Orleans 10.4 defaults to false): a grain method
                // taking a CancellationToken then writes nothing after its caller gave up.
                o.CancelRequestOnTimeout = true;
                // A webhook that cancels its grain call keeps waiting for the grain's own outcome (committed, or cancelled
                // and written nothing) instead of guessing: what the caller hears is what the log says.
                o.WaitForCancellationAcknowledgement = true;
            })
            // Where each grain is: Orleans sizes this cache for a million grains up front (9 MB of empty buckets, over
            // a third of an idle silo's live heap). Calls are short-lived, so far fewer are ever looked up at once.
            .Configure<GrainDirectoryOptions>(o => o.CacheSize = DirectoryCacheSize)
            .ConfigureServices(GrainInterfaceTypeCache.AddTo));
        builder.Services.AddOptions<OwnerOptions>().BindConfiguration(OwnerOptions.SectionName).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<OwnerOptions>, OwnerOptionsValidator>();
        builder.Services.AddHostedService<DefaultCompanySeeder>(); // seeds once the host has started (silo running, server listening)
        builder.Services.AddSingleton<CompanyDirectory>();
        builder.Services.AddSingleton<ConversationQueries>();
        builder.Services.AddSingleton<CallTextQueries>();
        builder.Services.AddSingleton<CallerQueries>();
        builder.Services.AddSingleton<CompanyQueries>();
        builder.Services.AddSingleton<LiveCallQueries>();
        builder.Services.AddSingleton<OverviewQueries>();
        builder.Services.AddSingleton<DefaultCompanyHealthCheck>();
        builder.Services.AddHealthChecks()
            .AddCheck<StorageHealthCheck>("store", tags: [ReadyTag])
            .AddCheck<DefaultCompanyHealthCheck>("default-company", tags: [ReadyTag]);
        return builder;
    }
}
