using Concierge.Grains.Interfaces.Projections;
using Concierge.Silo.Storage;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Orleans.Storage;

namespace Concierge.Silo.Tests.Storage;

[ProjectionTable("test_claims", nameof(Owner))]
public sealed record ClaimRow(string Owner, string Number, string? Note) : IProjectionRow;

/// <summary>
/// What every grain store must do, run against each provider on a real database. Each test uses its own
/// keys; <see cref="OpenStorage"/> gives an independent instance (its own connection pool) on the same database.
/// </summary>
public abstract class GrainStorageConformance : IAsyncLifetime
{
    private readonly List<StorageOptions> opened = [];

    protected abstract StorageOptions Options { get; }

    protected abstract SqlDialect CreateDialect();

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task ReadingAMissingRecordReturnsNothing()
    {
        var storage = await OpenStorageAsync();

        Assert.Null(await storage.ReadAsync(Key("missing")));
    }

    [Fact]
    public async Task FirstWriteInsertsVersionOneAndReadsBack()
    {
        var storage = await OpenStorageAsync();

        var version = await storage.WriteAsync(Key("insert"), """{"n":1}""", null, []);

        Assert.Equal(1, version);
        Assert.Equal(new StoredState("""{"n":1}""", 1), await storage.ReadAsync(Key("insert")));
    }

    [Fact]
    public async Task WriteWithTheCurrentVersionUpdatesAndBumpsTheVersion()
    {
        var storage = await OpenStorageAsync();
        var v1 = await storage.WriteAsync(Key("update"), "a", null, []);

        var v2 = await storage.WriteAsync(Key("update"), "b", v1, []);

        Assert.Equal(2, v2);
        Assert.Equal(new StoredState("b", 2), await storage.ReadAsync(Key("update")));
    }

    [Fact]
    public async Task WriteWithAStaleVersionIsRefusedAndChangesNothing()
    {
        var storage = await OpenStorageAsync();
        var v1 = await storage.WriteAsync(Key("stale"), "a", null, []);
        await storage.WriteAsync(Key("stale"), "b", v1, []);

        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteAsync(Key("stale"), "stale", v1, []));

        Assert.Equal(new StoredState("b", 2), await storage.ReadAsync(Key("stale")));
    }

    [Fact]
    public async Task FirstWriteOverAnExistingRecordIsRefused()
    {
        var storage = await OpenStorageAsync();
        await storage.WriteAsync(Key("exists"), "a", null, []);

        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteAsync(Key("exists"), "again", null, []));

        Assert.Equal(new StoredState("a", 1), await storage.ReadAsync(Key("exists")));
    }

    [Fact]
    public async Task ClearLeavesATombstoneSoStaleWritersStillConflict()
    {
        var storage = await OpenStorageAsync();
        var v1 = await storage.WriteAsync(Key("clear"), "a", null, []);

        var v2 = await storage.ClearAsync(Key("clear"), v1, []);

        Assert.Equal(new StoredState(null, v2), await storage.ReadAsync(Key("clear")));
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteAsync(Key("clear"), "late", v1, []));
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteAsync(Key("clear"), "as-new", null, []));
        Assert.Equal(3, await storage.WriteAsync(Key("clear"), "revived", v2, []));
    }

    [Fact]
    public async Task ClearWithAStaleVersionIsRefused()
    {
        var storage = await OpenStorageAsync();
        var v1 = await storage.WriteAsync(Key("clear-stale"), "a", null, []);
        await storage.WriteAsync(Key("clear-stale"), "b", v1, []);

        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.ClearAsync(Key("clear-stale"), v1, []));

        Assert.Equal(new StoredState("b", 2), await storage.ReadAsync(Key("clear-stale")));
    }

    [Fact]
    public async Task ConcurrentFirstInsertsFromTwoWritersExactlyOneWins()
    {
        var first = await OpenStorageAsync();
        var second = await OpenStorageAsync();
        var keys = Enumerable.Range(0, 40).Select(i => Key($"race-{i}")).ToList();

        var outcomes = await Task.WhenAll(keys.SelectMany(key => new[]
        {
            TryWriteAsync(first, key, "first"),
            TryWriteAsync(second, key, "second"),
        }));

        foreach (var key in keys)
        {
            var winners = outcomes.Where(o => o.Key == key && o.Won).ToList();
            Assert.Single(winners);
            Assert.Equal(new StoredState(winners[0].Payload, 1), await first.ReadAsync(key));
        }
    }

    [Fact]
    public async Task ConcurrentUpdatesFromTwoWritersNeverLoseAnIncrement()
    {
        var writers = new[] { await OpenStorageAsync(), await OpenStorageAsync() };
        var key = Key("contended");
        await writers[0].WriteAsync(key, "0", null, []);

        await Task.WhenAll(writers.Select(writer => Task.Run(async () =>
        {
            for (var done = 0; done < 50;)
            {
                var current = (await writer.ReadAsync(key))!;
                try
                {
                    await writer.WriteAsync(key, (int.Parse(current.Payload!) + 1).ToString(), current.Version, []);
                    done++;
                }
                catch (InconsistentStateException)
                {
                    // lost the race: read again and retry, as the runtime does
                }
            }
        })));

        Assert.Equal(new StoredState("100", 101), await writers[0].ReadAsync(key));
    }

    [Fact]
    public async Task ProjectionRowsCommitWithTheStateOrNotAtAll()
    {
        var storage = await OpenStorageAsync();
        var owner = Unique("owner");
        var v1 = await storage.WriteAsync(Key("proj"), "a", null, [new(ProjectionOperation.Upsert, new ClaimRow(owner, Unique("+1"), "first"))]);

        await Assert.ThrowsAsync<InconsistentStateException>(() =>
            storage.WriteAsync(Key("proj"), "stale", null, [new(ProjectionOperation.Upsert, new ClaimRow(owner, Unique("+2"), "stale"))]));

        Assert.Equal(["first"], await NotesOfAsync(owner));
        await storage.WriteAsync(Key("proj"), "b", v1, [new(ProjectionOperation.Upsert, new ClaimRow(owner, Unique("+3"), "second"))]);
        Assert.Equal(["second"], await NotesOfAsync(owner));
    }

    [Fact]
    public async Task InsertIfAbsentKeepsTheFirstRowAndDeleteRemovesIt()
    {
        var storage = await OpenStorageAsync();
        var owner = Unique("owner");
        var number = Unique("+4");
        var v1 = await storage.WriteAsync(Key("ins"), "a", null, [new(ProjectionOperation.InsertIfAbsent, new ClaimRow(owner, number, "kept"))]);
        var v2 = await storage.WriteAsync(Key("ins"), "b", v1, [new(ProjectionOperation.InsertIfAbsent, new ClaimRow(owner, number, "ignored"))]);

        Assert.Equal(["kept"], await NotesOfAsync(owner));
        await storage.WriteAsync(Key("ins"), "c", v2, [new(ProjectionOperation.Delete, new ClaimRow(owner, "", null))]);
        Assert.Empty(await NotesOfAsync(owner));
    }

    [Fact]
    public async Task AnUpsertOfACallUpdatesItsProgressButKeepsWhatItWasInsertedWith()
    {
        // The call's company, numbers and start are [SetOnInsert]: never set again, so SQLite leaves the indexes they lead alone.
        var storage = await OpenStorageAsync();
        var callSid = Unique("CA");
        var started = new CallRow
        {
            CallSid = callSid, CompanyId = "default", FromNumber = "+14155550101", ToNumber = "+18005550000", Status = "screening",
            StartedAtMs = 1_000, TurnCount = 1, UpdatedAtMs = 1_000,
        };
        var v1 = await storage.WriteAsync(Key(callSid), "started", null, [new(ProjectionOperation.Upsert, started)]);

        await storage.WriteAsync(Key(callSid), "ended", v1, [new(ProjectionOperation.Upsert, started with
        {
            CompanyId = "another", FromNumber = "+14155550199", ToNumber = "+18005550001", StartedAtMs = 2_000,
            Status = "ended", FinalDecision = "transferred", TurnCount = 4, UpdatedAtMs = 3_000,
        })]);

        await using var connection = await CreateDialect().OpenAsync(CancellationToken.None);
        var stored = await connection.QuerySingleAsync<(string, string, string, long, string, string, long, long)>(
            "SELECT company_id, from_number, to_number, started_at_ms, status, final_decision, turn_count, updated_at_ms FROM calls WHERE call_sid = @CallSid",
            new { CallSid = callSid });
        Assert.Equal(("default", "+14155550101", "+18005550000", 1_000L, "ended", "transferred", 4L, 3_000L), stored);
    }

    [Fact]
    public async Task ProjectionUniquenessViolationRefusesTheWholeWrite()
    {
        var storage = await OpenStorageAsync();
        var number = Unique("+5");
        await storage.WriteAsync(Key("claim-a"), "a", null, [new(ProjectionOperation.Upsert, new ClaimRow(Unique("a"), number, "a"))]);
        var thief = Unique("b");

        var error = await Assert.ThrowsAsync<ProjectionConflictException>(() =>
            storage.WriteAsync(Key("claim-b"), "b", null, [new(ProjectionOperation.Upsert, new ClaimRow(thief, number, "b"))]));

        Assert.Equal("test_claims", error.Table);
        Assert.Null(await storage.ReadAsync(Key("claim-b")));
        Assert.Empty(await NotesOfAsync(thief));
    }

    [Fact]
    public async Task AStaleWriteWhoseRowAlsoClashesIsRefusedAsStale()
    {
        // PostgreSQL sends a write's statements as one batch, so its rows run even after a stale state statement: the
        // grain must still hear that its state is stale (Orleans reloads it), not of the clash its stale rows caused.
        var storage = await OpenStorageAsync();
        var number = Unique("+8");
        await storage.WriteAsync(Key("claim-c"), "c", null, [new(ProjectionOperation.Upsert, new ClaimRow(Unique("c"), number, "c"))]);
        var v1 = await storage.WriteAsync(Key("stale-thief"), "a", null, []);
        await storage.WriteAsync(Key("stale-thief"), "b", v1, []);
        var thief = Unique("d");

        await Assert.ThrowsAsync<InconsistentStateException>(() =>
            storage.WriteAsync(Key("stale-thief"), "stale", v1, [new(ProjectionOperation.Upsert, new ClaimRow(thief, number, "d"))]));

        Assert.Equal(new StoredState("b", 2), await storage.ReadAsync(Key("stale-thief")));
        Assert.Empty(await NotesOfAsync(thief));
    }

    [Fact]
    public async Task PlainInsertOfAnExistingKeyRefusesTheWholeWrite()
    {
        var storage = await OpenStorageAsync();
        var owner = Unique("owner");
        await storage.WriteAsync(Key("insert-a"), "a", null, [new(ProjectionOperation.Insert, new ClaimRow(owner, Unique("+6"), "first"))]);

        await Assert.ThrowsAsync<ProjectionConflictException>(() =>
            storage.WriteAsync(Key("insert-b"), "b", null, [new(ProjectionOperation.Insert, new ClaimRow(owner, Unique("+7"), "second"))]));

        Assert.Equal(["first"], await NotesOfAsync(owner));
        Assert.Null(await storage.ReadAsync(Key("insert-b")));
    }

    [Fact]
    public async Task AWriteWhoseCallerGaveUpCommitsNothing()
    {
        var storage = await OpenStorageAsync();
        var owner = Unique("owner");
        using var gaveUp = new CancellationTokenSource();
        await gaveUp.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            storage.WriteAsync(Key("given-up"), "late", null, [new(ProjectionOperation.Upsert, new ClaimRow(owner, Unique("+8"), "late"))], gaveUp.Token));

        Assert.Null(await storage.ReadAsync(Key("given-up")));
        Assert.Empty(await NotesOfAsync(owner));
    }

    [Fact]
    public async Task RecordsOfAnotherServiceAreInvisible()
    {
        var mine = await OpenStorageAsync();
        var theirs = await OpenStorageAsync(serviceId: "another-deployment");
        await theirs.WriteAsync(Key("svc"), "theirs", null, []);

        Assert.Null(await mine.ReadAsync(Key("svc")));
        Assert.Equal(1, await mine.WriteAsync(Key("svc"), "mine", null, []));
    }

    [Fact]
    public async Task SchemaMigrationFromSeveralNodesAtOnceAppliesEachVersionOnce()
    {
        var nodes = new List<SqlStore>();
        for (var i = 0; i < 4; i++)
        {
            nodes.Add(NewStorage(Options));
        }

        await Task.WhenAll(nodes.Select(n => n.EnsureSchemaAsync()));

        var dialect = CreateDialect();
        await using var connection = await dialect.OpenAsync(CancellationToken.None);
        var versions = (await connection.QueryAsync<long>("SELECT version FROM schema_migrations ORDER BY version")).ToList();
        Assert.Equal(Enumerable.Range(1, dialect.Migrations.Count).Select(v => (long)v), versions);
    }

    [Fact]
    public async Task StoreWithANewerSchemaThanTheBuildIsRefusedWithAClearMessage()
    {
        await (await OpenStorageAsync()).EnsureSchemaAsync();
        var dialect = CreateDialect();
        await using (var connection = await dialect.OpenAsync(CancellationToken.None))
        {
            await connection.ExecuteAsync("INSERT INTO schema_migrations (version, applied_at_ms) VALUES (9999, 0)");
        }

        try
        {
            var error = await Assert.ThrowsAsync<InvalidOperationException>(() => NewStorage(Options).EnsureSchemaAsync());
            Assert.Contains("version 9999, newer than this build", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            await using var connection = await dialect.OpenAsync(CancellationToken.None);
            await connection.ExecuteAsync("DELETE FROM schema_migrations WHERE version = 9999");
        }
    }

    protected async Task<SqlStore> OpenStorageAsync(string? serviceId = null)
    {
        var options = new StorageOptions { Provider = Options.Provider, ConnectionString = Options.ConnectionString, ServiceId = serviceId ?? Options.ServiceId };
        var storage = NewStorage(options);
        await storage.EnsureSchemaAsync();
        await TestTables.CreateAsync(CreateDialect());
        return storage;
    }

    private SqlStore NewStorage(StorageOptions options) =>
        new(CreateDialect(), Microsoft.Extensions.Options.Options.Create(options), TimeProvider.System, NullLogger<SqlStore>.Instance);

    protected static GrainStateKey Key(string name) => new("conformance", name, "state");

    protected static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid():N}";

    private async Task<List<string?>> NotesOfAsync(string owner)
    {
        await using var connection = await CreateDialect().OpenAsync(CancellationToken.None);
        return [.. await connection.QueryAsync<string?>("SELECT note FROM test_claims WHERE owner = @Owner", new { Owner = owner })];
    }

    private static async Task<(GrainStateKey Key, string Payload, bool Won)> TryWriteAsync(SqlStore storage, GrainStateKey key, string payload)
    {
        try
        {
            await storage.WriteAsync(key, payload, null, []);
            return (key, payload, true);
        }
        catch (InconsistentStateException)
        {
            return (key, payload, false);
        }
    }
}
