using Concierge.Silo.Storage;
using Concierge.TestSupport;

namespace Concierge.Silo.Tests.Queries;

public sealed class SqliteDashboardQueriesTests : DashboardQueriesConformance, IDisposable
{
    private readonly TempDirectory directory = new();

    protected override StorageOptions Options => TestStores.Sqlite(directory.File("dashboard.db"));

    protected override SqlDialect CreateDialect() => new SqliteDialect(Options.ConnectionString!);

    public void Dispose() => directory.Dispose();
}
