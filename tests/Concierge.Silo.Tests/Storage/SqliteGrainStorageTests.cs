using System.Data.Common;
using System.Diagnostics;
using Concierge.Silo.Storage;
using Concierge.TestSupport;
using Microsoft.Data.Sqlite;

namespace Concierge.Silo.Tests.Storage;

public sealed class SqliteGrainStorageTests : GrainStorageConformance, IDisposable
{
    /// <summary>How long a write may take, at most, when the file is locked: its waits, and the time to give up.</summary>
    private static readonly TimeSpan GiveUpBound = SqlDialect.LockWait * 2 + TimeSpan.FromSeconds(2);

    private readonly TempDirectory directory = new();

    protected override StorageOptions Options => TestStores.Sqlite(directory.File("conformance.db"));

    protected override SqlDialect CreateDialect() => new SqliteDialect(Options.ConnectionString!);

    [Fact]
    public async Task AWriteWhileAnotherConnectionHoldsTheFilesWriteLockFailsInTimeAndWritesNothing()
    {
        var storage = await OpenStorageAsync();
        await using var holder = await HoldWriteLockAsync();
        var clock = Stopwatch.StartNew();

        await Assert.ThrowsAnyAsync<DbException>(() => storage.WriteAsync(Key("locked"), "late", null, []));

        Assert.InRange(clock.Elapsed, TimeSpan.Zero, GiveUpBound);
        await holder.DisposeAsync();
        Assert.Null(await storage.ReadAsync(Key("locked")));
    }

    [Fact]
    public async Task WritersQueuedBehindAWriterWaitingForTheFileGiveUpInTimeAndWriteNothing()
    {
        var storage = await OpenStorageAsync();
        await using var holder = await HoldWriteLockAsync();
        var clock = Stopwatch.StartNew();

        var writes = Enumerable.Range(0, 3).Select(i => Task.Run(() => storage.WriteAsync(Key($"queued-{i}"), "late", null, []))).ToList();
        foreach (var write in writes)
        {
            var error = await Record.ExceptionAsync(() => write);
            Assert.True(error is DbException or TimeoutException, error?.ToString());
        }

        Assert.InRange(clock.Elapsed, TimeSpan.Zero, GiveUpBound);
        await holder.DisposeAsync();
        for (var i = 0; i < writes.Count; i++)
        {
            Assert.Null(await storage.ReadAsync(Key($"queued-{i}")));
        }
    }

    public void Dispose() => directory.Dispose();

    /// <summary>Another connection (as another process would) takes the file's write lock until disposed.</summary>
    private async Task<SqliteConnection> HoldWriteLockAsync()
    {
        var connection = new SqliteConnection($"Data Source={directory.File("conformance.db")};Pooling=False");
        await connection.OpenAsync();
        await using var begin = connection.CreateCommand();
        begin.CommandText = "BEGIN IMMEDIATE";
        await begin.ExecuteNonQueryAsync();
        return connection;
    }
}
