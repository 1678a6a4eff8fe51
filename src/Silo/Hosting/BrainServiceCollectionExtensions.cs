using Concierge.Grains.Interfaces.Screening;
using Concierge.Grains.Screening;
using Concierge.Silo.Brains;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;

namespace Concierge.Silo.Hosting;

public static class BrainServiceCollectionExtensions
{
    /// <summary>The IHttpClientFactory client the model brain talks through.</summary>
    public const string ModelHttpClient = "concierge-model";

    /// <summary>The IHttpClientFactory client the model is asked through after a call (lead scoring, note reading).</summary>
    public const string AfterCallHttpClient = "concierge-model-after-call";

    /// <summary>The key of the <see cref="StrictJsonModel"/> asked after a call; registered whatever the provider, resolved only when it is not Offline.</summary>
    public const string AfterCallModel = "after-call";

    /// <summary>
    /// Registers the screener from <see cref="ModelOptions"/> (the options pipeline): the offline brain alone (the default),
    /// or a model brain held to its deadline with the offline brain as fallback.
    /// </summary>
    public static IServiceCollection AddScreeningBrains(this IServiceCollection services)
    {
        services.AddOptions<ModelOptions>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddModelHttpClient();
        services.AddOpenAiHttpClient(AfterCallHttpClient, sp => sp.GetRequiredService<IOptions<ModelOptions>>().Value.AfterCallDeadline);
        // One client for everything asked after a call: the screener's connection, a deadline of its own.
        services.AddKeyedSingleton(AfterCallModel, (sp, _) =>
        {
            var model = sp.GetRequiredService<IOptions<ModelOptions>>().Value;
            return new StrictJsonModel(model, model.AfterCallDeadline, sp.GetRequiredService<IHttpClientFactory>().CreateClient(AfterCallHttpClient));
        });
        // The committed classifier, trusted as it was trained to be; loaded in the background while the app starts.
        services.AddSingleton(_ => new OfflineScreener());
        services.AddHostedService<ScreeningModelWarmUp>();
        services.AddSingleton(sp =>
        {
            var model = sp.GetRequiredService<IOptions<ModelOptions>>().Value;
            var offline = sp.GetRequiredService<OfflineScreener>();
            IScreeningBrain primary = model.Provider == ModelProvider.Offline
                ? offline
                : new OpenAiScreeningBrain(
                    model, sp.GetRequiredService<ILogger<OpenAiScreeningBrain>>(), sp.GetRequiredService<IHttpClientFactory>().CreateClient(ModelHttpClient));
            return new Screener(primary, offline, model.Deadline, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<Screener>>());
        });
        return services;
    }

    /// <summary>The screener with the given settings instead of configuration's (tests).</summary>
    public static IServiceCollection AddScreeningBrains(this IServiceCollection services, ModelOptions model)
    {
        services.AddSingleton(Options.Create(model));
        return services.AddScreeningBrains();
    }

    /// <summary>
    /// The model's HTTP pipeline. One resilience strategy: a total timeout equal to the screener's deadline
    /// (<c>Concierge:Model:DeadlineMs</c>). No retry: a model answer takes most of the deadline (2.5 s by default), so a
    /// second try almost never fits, and one that did not would only turn a failure into a late answer the screener must
    /// throw away; the offline screener answering at once is what the caller should hear. The OpenAI client's own retries
    /// are off for the same reason (<see cref="OpenAiClientSettings.MaxRetries"/>).
    /// </summary>
    private static void AddModelHttpClient(this IServiceCollection services) =>
        services.AddOpenAiHttpClient(ModelHttpClient, sp => sp.GetRequiredService<IOptions<ModelOptions>>().Value.Deadline);

    /// <summary>A named client for an OpenAI client library held for the app's life, its one resilience strategy a total timeout.</summary>
    internal static void AddOpenAiHttpClient(this IServiceCollection services, string name, Func<IServiceProvider, TimeSpan> timeout)
    {
        services.AddHttpClient(name)
            // The client is kept as long as the app runs: pooled connections are recycled so DNS changes are seen,
            // and the handler is never rotated under it. Timeouts belong to the pipeline below, not HttpClient's 100 s.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            .ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan)
            .AddResilienceHandler("deadline", (pipeline, context) => pipeline.AddTimeout(timeout(context.ServiceProvider)));
    }
}
