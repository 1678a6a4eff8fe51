using System.Xml.Linq;
using Concierge.Grains.Interfaces.Projections;
using Concierge.Silo.Queries;
using Concierge.Silo.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace Concierge.Silo.Tests.Queries;

/// <summary>The dashboard's queries and key store, on each provider's real database (SQL differs between dialects).</summary>
public abstract class DashboardQueriesConformance : IAsyncLifetime
{
    private static readonly DateTimeOffset Day0 = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly string company = $"company-{Guid.NewGuid():N}";
    private SqlStore storage = null!;

    protected abstract SqlDialect CreateDialect();

    protected abstract StorageOptions Options { get; }

    public virtual async Task InitializeAsync()
    {
        storage = new SqlStore(CreateDialect(), Microsoft.Extensions.Options.Options.Create(Options), TimeProvider.System, NullLogger<SqlStore>.Instance);
        await storage.EnsureSchemaAsync();
    }

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task ChangedCallsAreThoseOfTheCompanyChangedAfterTheMomentOldestFirstWithTheirLatestTurn()
    {
        await RecordAsync(Call("CA-old", company, updatedAtMs: 1_000, turns: 1));
        await RecordAsync(Call("CA-later", company, updatedAtMs: 3_000, turns: 2), Turn("CA-later", 1, "concierge", "Hello"), Turn("CA-later", 2, "caller", "It's Sam"));
        await RecordAsync(Call("CA-sooner", company, updatedAtMs: 2_000, turns: 1), Turn("CA-sooner", 1, "concierge", "Hello", latencyMs: 12));
        await RecordAsync(Call("CA-elsewhere", "another-company", updatedAtMs: 2_500, turns: 0));

        var changed = await new LiveCallQueries(storage).ChangedSinceAsync(company, sinceMs: 1_000, take: 10);

        Assert.Equal(["CA-sooner", "CA-later"], changed.Select(c => c.CallSid));
        Assert.Equal(("concierge", "Hello", 12, "offline"), (changed[0].TurnSpeaker, changed[0].TurnText, changed[0].TurnLatencyMs, changed[0].TurnBrain));
        Assert.Equal(("caller", "It's Sam"), (changed[1].TurnSpeaker, changed[1].TurnText));
        Assert.Equal(3_000, changed[1].UpdatedAtMs);
        Assert.Equal(["CA-sooner"], (await new LiveCallQueries(storage).ChangedSinceAsync(company, 1_000, take: 1)).Select(c => c.CallSid));
    }

    [Fact]
    public async Task CallsPerDayAreCountedByDayAndDecisionWithinTheWindowOnly()
    {
        // Days as the company's zone has them: the first one 25 hours long (clocks going back), the others 24.
        var dayStarts = new[] { Day0, Day0.AddHours(25), Day0.AddHours(49), Day0.AddHours(73) };
        await RecordAsync(Call("CA-d0-late", company, startedAt: Day0.AddHours(24.5), decision: "transferred"));
        await RecordAsync(Call("CA-d0-a", company, startedAt: Day0.AddHours(1), decision: "transferred"));
        await RecordAsync(Call("CA-d0-b", company, startedAt: Day0.AddHours(23), decision: "transferred"));
        await RecordAsync(Call("CA-d0-c", company, startedAt: Day0.AddHours(2), decision: null));
        await RecordAsync(Call("CA-d2", company, startedAt: Day0.AddHours(49).AddMinutes(5), decision: "blocked"));
        await RecordAsync(Call("CA-before", company, startedAt: Day0.AddMilliseconds(-1), decision: "blocked"));
        await RecordAsync(Call("CA-after", company, startedAt: Day0.AddHours(73), decision: "blocked"));
        await RecordAsync(Call("CA-other", "another-company", startedAt: Day0.AddHours(3), decision: "blocked"));

        var counts = await new OverviewQueries(storage).CallsPerDayAsync(company, dayStarts);

        Assert.Equal(
            [(0L, "", 1L), (0L, "transferred", 3L), (2L, "blocked", 1L)],
            counts.Select(c => (c.Day, c.Decision, c.Calls)).Order());
    }

    [Fact]
    public async Task ScreenerLatencyIsBucketedFromTheConciergesTurnsOfTheWindowsCalls()
    {
        await RecordAsync(
            Call("CA-in", company, startedAt: Day0.AddHours(1)),
            Turn("CA-in", 1, "concierge", "Hello"),
            Turn("CA-in", 2, "caller", "Hi", latencyMs: 9999),
            Turn("CA-in", 3, "concierge", "Fast", latencyMs: 49),
            Turn("CA-in", 4, "concierge", "Edge", latencyMs: 50),
            Turn("CA-in", 5, "concierge", "Slow", latencyMs: 1200),
            Turn("CA-in", 6, "concierge", "Very slow", latencyMs: 7000));
        await RecordAsync(Call("CA-out", company, startedAt: Day0.AddDays(-1)), Turn("CA-out", 1, "concierge", "Earlier", latencyMs: 10));
        await RecordAsync(Call("CA-theirs", "another-company", startedAt: Day0.AddHours(1)), Turn("CA-theirs", 1, "concierge", "Theirs", latencyMs: 10));

        var buckets = await new OverviewQueries(storage).ScreenerLatencyAsync(company, Day0, Day0.AddDays(1));

        var overflow = OverviewQueries.LatencyBucketBounds.Count;
        Assert.Equal([(0, 1L), (1, 1L), (5, 1L), (overflow, 1L)], buckets.Select(b => (b.Bucket, b.Turns)).Order());
    }

    [Fact]
    public async Task DataProtectionKeysWrittenByOneNodeAreReadByAnother()
    {
        var writer = new SqlXmlRepository(storage, TimeProvider.System);
        var name = $"key-{Guid.NewGuid():N}";

        writer.StoreElement(new XElement("key", new XAttribute("id", name), new XElement("secret", "material")), name);

        var reader = new SqlXmlRepository(new SqlStore(CreateDialect(), Microsoft.Extensions.Options.Options.Create(Options), TimeProvider.System, NullLogger<SqlStore>.Instance), TimeProvider.System);
        var stored = Assert.Single(reader.GetAllElements(), e => (string?)e.Attribute("id") == name);
        Assert.Equal("material", stored.Element("secret")?.Value);
    }

    private Task<long> RecordAsync(params IProjectionRow[] rows) =>
        storage.WriteAsync(
            new GrainStateKey("dashboard-queries", Guid.NewGuid().ToString("N"), "state"),
            "{}",
            expectedVersion: null,
            [.. rows.Select(row => new ProjectionWrite(row is CallRow ? ProjectionOperation.Upsert : ProjectionOperation.InsertIfAbsent, row))]);

    private static CallRow Call(string callSid, string companyId, long updatedAtMs = 1, int turns = 0, DateTimeOffset? startedAt = null, string? decision = null) =>
        new()
        {
            CallSid = callSid, CompanyId = companyId, FromNumber = "+14155550123", ToNumber = "+18005550000",
            Status = decision is null ? "screening" : "ended", FinalDecision = decision,
            StartedAtMs = (startedAt ?? Day0).ToUnixTimeMilliseconds(), TurnCount = turns, UpdatedAtMs = updatedAtMs,
        };

    private static TurnRow Turn(string callSid, int seq, string speaker, string text, int? latencyMs = null) =>
        new(callSid, seq, "ignored-by-the-queries", speaker, text, Day0.ToUnixTimeMilliseconds() + seq, latencyMs, latencyMs is null ? null : "offline", null, null);
}
