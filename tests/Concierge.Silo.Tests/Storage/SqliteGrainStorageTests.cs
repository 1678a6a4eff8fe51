using Concierge.Silo.Storage;
using Concierge.TestSupport;

namespace Concierge.Silo.Tests.Storage;

public sealed class SqliteGrainStorageTests : GrainStorageConformance, IDisposable
{
    private readonly TempDirectory directory = new();

    protected override StorageOptions Options => TestStores.Sqlite(directory.File("conformance.db"));

    protected override SqlDialect CreateDialect() => new SqliteDialect(Options.ConnectionString!);

    public void Dispose() => directory.Dispose();
}
