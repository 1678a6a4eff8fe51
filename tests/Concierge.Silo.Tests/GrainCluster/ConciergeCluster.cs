using Concierge.Grains.Interfaces.Companies;
using Concierge.Grains.Screening;
using Concierge.Silo.Hosting;
using Concierge.Silo.Queries;
using Concierge.Silo.Storage;
using Concierge.Silo.Telephony;
using Concierge.Silo.Twilio;
using Concierge.Silo.Tests.Grains;
using Concierge.TestSupport;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Orleans;
using Orleans.TestingHost;

namespace Concierge.Silo.Tests.GrainCluster;

/// <summary>
/// Concierge's grains and the test grains on a real two-silo Orleans cluster (in process), with the SQL store on a fresh
/// PostgreSQL database as grain storage, as production configures it, and a screener the tests script. One cluster for
/// the whole test assembly (collection <see cref="ClusterCollection.Name"/>): starting one takes seconds.
/// </summary>
public sealed class ConciergeCluster : IAsyncLifetime
{
    public const string OwnerPhone = "+14155550100";

    private PostgresDatabase database = null!;
    private InProcessTestCluster cluster = null!;

    /// <summary>Outside any silo, as WebFront's requests arrive.</summary>
    public IGrainFactory Grains => cluster.Client;

    public GrainProbe Probe { get; } = new();

    public ScriptedBrain Brain { get; } = new();

    /// <summary>The store, opened as a node of its own would: for reading what grains wrote, and for writing behind their back.</summary>
    public SqlStore Store { get; private set; } = null!;

    public Interloper Interloper { get; private set; } = null!;

    public CompanyDirectory Directory { get; private set; } = null!;

    /// <summary>Twilio's REST API as the grains reach it (appointment texts).</summary>
    public FakeTwilioApi Twilio { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        database = await PostgresDatabase.CreateAsync();
        Twilio = await FakeTwilioApi.StartAsync();
        var storage = TestStores.Postgres(database.ConnectionString);
        Store = new SqlStore(new PostgresDialect(storage.ConnectionString!), Microsoft.Extensions.Options.Options.Create(storage), TimeProvider.System, NullLogger<SqlStore>.Instance);
        await Store.EnsureSchemaAsync();
        await TestTables.CreateAsync(Store.Dialect);
        Interloper = new Interloper(Store);
        Directory = new CompanyDirectory(Store);

        var builder = new InProcessTestClusterBuilder(2);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.UseConciergeStorage(storage);
            silo.Services
                .AddSingleton(Probe)
                .AddSingleton(Interloper)
                .Configure<TwilioOptions>(o => (o.AccountSid, o.AuthToken, o.ApiBaseUrl) = (FakeTwilioApi.AccountSid, FakeTwilioApi.AuthToken, Twilio.BaseUrl))
                .AddTwilioTelephony()
                .AddSingleton(new Screener(Brain, Brain, TimeSpan.FromSeconds(5), TimeProvider.System, NullLogger<Screener>.Instance));
        });
        cluster = builder.Build();
        await cluster.DeployAsync();
        await Grains.GetGrain<ICompanyGrain>(CompanyIds.Default).ConfigureAsync(
            new CompanySettings("Alex", "Alex", OwnerPhone, [], null, ["en-US", "fr-FR"], ""));
    }

    /// <summary>The grain factory of silo <paramref name="index"/>: calls made there, as a node's own webhooks would.</summary>
    public IGrainFactory GrainsOnSilo(int index) => cluster.Silos[index].ServiceProvider.GetRequiredService<IGrainFactory>();

    /// <summary>Deactivates the grain wherever it lives: its next call reads its state from storage.</summary>
    public Task DeactivateAsync(IAddressable grain) => cluster.DeactivateAsync(grain);

    public async Task<IReadOnlyList<T>> QueryAsync<T>(string sql, object? parameters = null)
    {
        await using var connection = await Store.Dialect.OpenAsync(CancellationToken.None);
        return [.. await connection.QueryAsync<T>(sql, parameters)];
    }

    public async Task DisposeAsync()
    {
        await cluster.DisposeAsync();
        await database.DisposeAsync();
        await Twilio.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ConciergeCluster>
{
    public const string Name = "cluster";
}
