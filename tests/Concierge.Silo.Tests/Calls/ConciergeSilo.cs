using Concierge.Grains;
using Concierge.Grains.Interfaces.Companies;
using Concierge.Grains.Interfaces.Screening;
using Concierge.Grains.Screening;
using Concierge.Silo.Hosting;
using Concierge.Silo.Queries;
using Concierge.Silo.Storage;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Orleans;

namespace Concierge.Silo.Tests.Calls;

/// <summary>Concierge's real grains on a real SQLite store, with a brain the test scripts.</summary>
internal sealed class ConciergeSilo : IAsyncDisposable
{
    public const string OwnerPhone = "+14155550100";

    private readonly ServiceProvider services;

    private ConciergeSilo(ServiceProvider services) => this.services = services;

    /// <summary>What the brain decides next; the test sets it before each caller turn.</summary>
    public Func<ScreeningContext, ScreeningDecision> Brain { get; set; } =
        _ => new(ScreeningAction.Ask, "Who is calling?", CallCategory.Unknown, Urgency.Normal, "unclear");

    public List<ScreeningContext> Contexts { get; } = [];

    public IGrainFactory Grains => services.GetRequiredService<IGrainFactory>();

    public CompanyDirectory Directory => services.GetRequiredService<CompanyDirectory>();

    public static async Task<ConciergeSilo> StartAsync(string databaseFile)
    {
        ConciergeSilo? silo = null;
        var brain = new Scripted(context =>
        {
            silo!.Contexts.Add(context);
            return silo.Brain(context);
        });
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(TimeProvider.System)
            .AddGrainStorage(TestSilo.Sqlite(databaseFile))
            .AddGrainRuntime(o => o.GrainAssemblies.Add(GrainsAssembly.Assembly))
            .AddSingleton(new Screener(brain, brain, TimeSpan.FromSeconds(5), TimeProvider.System, NullLogger<Screener>.Instance))
            .AddSingleton<CompanyDirectory>()
            .BuildServiceProvider();
        silo = new ConciergeSilo(services);
        await silo.Grains.GetGrain<ICompanyGrain>(CompanyIds.Default).ConfigureAsync(
            new CompanySettings("Alex", "Alex", OwnerPhone, [], null, ["en-US", "fr-FR"], ""));
        return silo;
    }

    public async Task<IReadOnlyList<T>> QueryAsync<T>(string sql, object? parameters = null)
    {
        var storage = services.GetRequiredService<SqlGrainStorage>();
        await using var connection = await storage.Dialect.OpenAsync(CancellationToken.None);
        return [.. await connection.QueryAsync<T>(sql, parameters)];
    }

    public async ValueTask DisposeAsync()
    {
        await services.GetRequiredService<Concierge.Silo.Runtime.GrainRuntime>().DeactivateAllAsync();
        await services.DisposeAsync();
    }

    private sealed class Scripted(Func<ScreeningContext, ScreeningDecision> decide) : IScreeningBrain
    {
        public string Name => "scripted";

        public Task<ScreeningDecision> DecideAsync(ScreeningContext context, CancellationToken cancellationToken) => Task.FromResult(decide(context));
    }
}
