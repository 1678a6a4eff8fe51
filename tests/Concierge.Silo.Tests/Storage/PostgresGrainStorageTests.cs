using Concierge.Silo.Storage;
using Concierge.TestSupport;

namespace Concierge.Silo.Tests.Storage;

/// <summary>The conformance suite on a real PostgreSQL server (started by ./test.sh), each test class on a fresh database.</summary>
public sealed class PostgresGrainStorageTests : GrainStorageConformance
{
    private PostgresDatabase database = null!;

    protected override StorageOptions Options => TestStores.Postgres(database.ConnectionString);

    protected override SqlDialect CreateDialect() => new PostgresDialect(database.ConnectionString);

    public override async Task InitializeAsync() => database = await PostgresDatabase.CreateAsync();

    public override async Task DisposeAsync() => await database.DisposeAsync();
}
