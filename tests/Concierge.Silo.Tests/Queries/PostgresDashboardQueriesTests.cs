using Concierge.Silo.Storage;
using Concierge.TestSupport;

namespace Concierge.Silo.Tests.Queries;

/// <summary>The dashboard's queries on a real PostgreSQL server (started by ./test.sh), each test on a fresh database.</summary>
public sealed class PostgresDashboardQueriesTests : DashboardQueriesConformance
{
    private PostgresDatabase database = null!;

    protected override StorageOptions Options => TestStores.Postgres(database.ConnectionString);

    protected override SqlDialect CreateDialect() => new PostgresDialect(database.ConnectionString);

    public override async Task InitializeAsync()
    {
        database = await PostgresDatabase.CreateAsync();
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync() => await database.DisposeAsync();
}
