using Concierge.Grains.Interfaces.Screening;
using Concierge.Grains.Screening;
using Concierge.Silo.Brains;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Concierge.Silo.Hosting;

public static class BrainServiceCollectionExtensions
{
    /// <summary>
    /// Registers the screener: the offline brain alone (the default), or a model brain held to its deadline with
    /// the offline brain as fallback. Settings that cannot work stop start-up with every problem named.
    /// </summary>
    public static IServiceCollection AddScreeningBrains(this IServiceCollection services, ModelOptions model)
    {
        var problems = model.Validate();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException(string.Join(" ", problems));
        }

        services.AddSingleton<OfflineScreener>();
        services.AddSingleton(sp =>
        {
            var offline = sp.GetRequiredService<OfflineScreener>();
            IScreeningBrain primary = model.Provider == ModelProvider.Offline
                ? offline
                : new OpenAiScreeningBrain(model, sp.GetRequiredService<ILogger<OpenAiScreeningBrain>>(), ModelHttpClient());
            return new Screener(primary, offline, model.Deadline, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<Screener>>());
        });
        return services;
    }

    // The brain lives as long as the app: recycle pooled connections so DNS changes are seen, and leave
    // timeouts to the OpenAI client's NetworkTimeout (set to the deadline) instead of HttpClient's 100 s.
    private static HttpClient ModelHttpClient() =>
        new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = Timeout.InfiniteTimeSpan };
}
