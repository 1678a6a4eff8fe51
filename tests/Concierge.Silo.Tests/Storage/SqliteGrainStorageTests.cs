using System.Data.Common;
using System.Diagnostics;
using Concierge.Grains.Interfaces.Projections;
using Concierge.Silo.Storage;
using Dapper;
using Orleans.Storage;
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

    [Fact]
    public async Task AStaleWriteAmongManyQueuedTogetherFailsAloneAndTheOthersCommitInOneTransaction()
    {
        var storage = await OpenStorageAsync();
        var owner = Unique("owner");
        await storage.WriteAsync(Key("stale-in-batch"), "v1", null, []);
        var (writesBefore, transactionsBefore) = storage.Committed;

        Task<long> stale;
        List<Task<long>> fresh;
        await using (await HoldWriteLockAsync())
        {
            // The writer waits for the file while these queue up behind it: they go to the file as one batch.
            fresh = [.. Enumerable.Range(0, 20).Select(i => storage.WriteAsync(Key($"fresh-{owner}-{i}"), $"fresh {i}", null, [new(ProjectionOperation.Upsert, new ClaimRow($"{owner}-{i}", Unique("+1"), "fresh"))]))];
            stale = storage.WriteAsync(Key("stale-in-batch"), "stale", 7, [new(ProjectionOperation.Upsert, new ClaimRow(owner, Unique("+2"), "stale"))]);
            fresh.AddRange(Enumerable.Range(20, 20).Select(i => storage.WriteAsync(Key($"fresh-{owner}-{i}"), $"fresh {i}", null, [])));
            await Task.Delay(300);
        }

        await Assert.ThrowsAsync<InconsistentStateException>(() => stale);
        Assert.All(await Task.WhenAll(fresh), version => Assert.Equal(1, version));
        for (var i = 0; i < fresh.Count; i++)
        {
            Assert.Equal(new StoredState($"fresh {i}", 1), await storage.ReadAsync(Key($"fresh-{owner}-{i}")));
        }

        Assert.Equal(new StoredState("v1", 1), await storage.ReadAsync(Key("stale-in-batch")));
        Assert.Equal(0, await CountAsync("SELECT COUNT(*) FROM test_claims WHERE owner = @Owner", owner));
        Assert.Equal(20, await CountAsync("SELECT COUNT(*) FROM test_claims WHERE owner LIKE @Owner || '-%'", owner));
        var (writesAfter, transactionsAfter) = storage.Committed;
        Assert.Equal(fresh.Count, writesAfter - writesBefore);
        Assert.InRange(transactionsAfter - transactionsBefore, 1, 2); // the first write may have been taken alone, before the others queued
    }

    [Fact]
    public async Task TurnsCommittedInOneBatchAreSearchableAndAStaleWritesTurnsAreNot()
    {
        // Turns are indexed for search once per batch, from notes their inserts leave (migration 10): a write rolled back
        // must take its note with it, and every kept turn must be found.
        var storage = await OpenStorageAsync();
        var word = Unique("parcel").Replace("-", "", StringComparison.Ordinal);
        await storage.WriteAsync(Key("stale-turns"), "v1", null, []);

        Task<long> stale;
        List<Task<long>> fresh;
        await using (await HoldWriteLockAsync())
        {
            fresh = [.. Enumerable.Range(0, 10).Select(i => storage.WriteAsync(Key($"{word}-{i}"), "fresh", null, [Turn($"CA{word}{i}", $"about the {word} number {i}")]))];
            stale = storage.WriteAsync(Key("stale-turns"), "stale", 7, [Turn($"CA{word}stale", $"the stale {word}")]);
            await Task.Delay(300);
        }

        await Assert.ThrowsAsync<InconsistentStateException>(() => stale);
        await Task.WhenAll(fresh);
        var dialect = CreateDialect();
        await using var connection = await dialect.OpenAsync(CancellationToken.None);
        var found = await connection.QueryAsync<string>(
            "SELECT call_sid FROM call_turns_search WHERE call_turns_search MATCH @Search", new { Search = dialect.SearchArgument(word) });
        Assert.Equal(Enumerable.Range(0, 10).Select(i => $"CA{word}{i}").Order(), found.Order());
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM call_turns_unindexed"));
    }

    [Fact]
    public async Task OnceTheStoreIsAnalysedEachBatchIndexesItsOwnTurnsWithoutReadingEveryTurnEverLogged()
    {
        // The store is analysed at start-up and hourly, while the table of turns waiting to be indexed is empty (so it has
        // no statistics). The planner then took the logged turns for the smaller table and scanned all of them at every
        // group commit: 18 ms a batch at 84,000 turns, most of the writer's time, growing with the log.
        var storage = await OpenStorageAsync();
        var word = Unique("logged").Replace("-", "", StringComparison.Ordinal);
        await Task.WhenAll(Enumerable.Range(0, 40).Select(i =>
            storage.WriteAsync(Key($"{word}-{i}"), "v1", null, [Turn($"CA{word}{i}", $"turn {i}")])));
        await storage.MaintainAsync();

        var dialect = CreateDialect();
        await using var connection = await dialect.OpenAsync(CancellationToken.None);
        var indexing = dialect.BeforeGroupCommit!.Split(';')[0];
        var plan = (await connection.QueryAsync("EXPLAIN QUERY PLAN " + indexing)).Select(step => (string)step.detail).ToList();

        Assert.Contains("SCAN u", plan);
        Assert.DoesNotContain(plan, step => step.StartsWith("SCAN t", StringComparison.Ordinal));
        Assert.Contains(plan, step => step.StartsWith("SEARCH t USING PRIMARY KEY", StringComparison.Ordinal));
    }

    private static ProjectionWrite Turn(string callSid, string text) =>
        new(ProjectionOperation.InsertIfAbsent, new TurnRow(callSid, 1, "default", "caller", text, 0, null, null, null, null));

    [Fact]
    public async Task ManyConcurrentWritesAllCommitInFewerTransactionsThanWrites()
    {
        var storage = await OpenStorageAsync();
        var run = Unique("many");
        var (writesBefore, transactionsBefore) = storage.Committed;

        var versions = await Task.WhenAll(Enumerable.Range(0, 400).Select(i => Task.Run(() => storage.WriteAsync(Key($"{run}-{i}"), $"payload {i}", null, []))));

        Assert.All(versions, version => Assert.Equal(1, version));
        for (var i = 0; i < versions.Length; i++)
        {
            Assert.Equal(new StoredState($"payload {i}", 1), await storage.ReadAsync(Key($"{run}-{i}")));
        }

        var (writesAfter, transactionsAfter) = storage.Committed;
        Assert.Equal(400, writesAfter - writesBefore);
        Assert.InRange(transactionsAfter - transactionsBefore, 1, 399);
    }

    [Fact]
    public async Task AWriteWhoseCallerGivesUpWhileQueuedIsDroppedAndTheRestOfItsBatchCommits()
    {
        var storage = await OpenStorageAsync();
        using var gaveUp = new CancellationTokenSource();
        Task<long> abandoned, kept;
        await using (await HoldWriteLockAsync())
        {
            _ = storage.WriteAsync(Key(Unique("first")), "first", null, []); // taken alone: the writer waits for the file with it
            await Task.Delay(100);
            abandoned = storage.WriteAsync(Key("abandoned"), "late", null, [], gaveUp.Token);
            kept = storage.WriteAsync(Key("kept"), "kept", null, []);
            await gaveUp.CancelAsync();
            await Task.Delay(200);
        }

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => abandoned);
        Assert.Equal(1, await kept);
        Assert.Null(await storage.ReadAsync(Key("abandoned")));
        Assert.Equal(new StoredState("kept", 1), await storage.ReadAsync(Key("kept")));
    }

    [Fact]
    public async Task AQueuedWriteWhoseCallerGivesUpIsReleasedAtOnceNotWhenTheWriterReachesIt()
    {
        // A webhook's turn is cancelled at its deadline: its queued write must let go then, not after the writer has
        // finished waiting for the file (up to LockWait) and reached the write.
        var storage = await OpenStorageAsync();
        using var gaveUp = new CancellationTokenSource();
        await using var holder = await HoldWriteLockAsync();
        var first = storage.WriteAsync(Key(Unique("first")), "first", null, []); // the writer waits for the file with it
        await Task.Delay(100);
        var abandoned = storage.WriteAsync(Key("abandoned-at-once"), "late", null, [], gaveUp.Token);

        await gaveUp.CancelAsync();

        Assert.Same(abandoned, await Task.WhenAny(abandoned, first));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => abandoned);
        await Record.ExceptionAsync(() => first);
        await holder.DisposeAsync();
        Assert.Null(await storage.ReadAsync(Key("abandoned-at-once")));
    }

    public void Dispose() => directory.Dispose();

    private async Task<long> CountAsync(string sql, string owner)
    {
        await using var connection = await CreateDialect().OpenAsync(CancellationToken.None);
        return await connection.ExecuteScalarAsync<long>(sql, new { Owner = owner });
    }

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
