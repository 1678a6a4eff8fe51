using System.Globalization;
using System.Text.RegularExpressions;
using Concierge.Grains.Interfaces.Projections;
using Concierge.Silo.Storage;

namespace Concierge.Silo.Tests.Storage;

/// <summary>
/// No SQL Server can run on these machines, so the SQL Server dialect's statements are checked as text:
/// the concurrency guards (range locks, version match) are what keeps multi-node writes safe there.
/// </summary>
public sealed class SqlServerDialectTests
{
    private readonly SqlServerDialect dialect = new("Server=unused");

    [Fact]
    public void FirstWriteInsertsOnlyWhenNoRecordExistsUnderARangeLock()
    {
        Assert.Contains("WHERE NOT EXISTS (SELECT 1 FROM grain_state WITH (UPDLOCK, HOLDLOCK)", dialect.InsertState, StringComparison.Ordinal);
        Assert.DoesNotContain("ON CONFLICT", dialect.InsertState, StringComparison.Ordinal);
    }

    [Fact]
    public void UpdateMatchesTheExpectedVersion()
    {
        Assert.EndsWith("AND version = @Version", dialect.UpdateState, StringComparison.Ordinal);
        Assert.Contains("version = version + 1", dialect.UpdateState, StringComparison.Ordinal);
    }

    [Fact]
    public void UpsertIsAMergeHoldingItsRangeLock()
    {
        Assert.Equal(
            "MERGE INTO [test_claims] WITH (HOLDLOCK) AS target USING (SELECT @Owner AS [owner], @Number AS [number], @Note AS [note]) AS source " +
            "ON target.[owner] = source.[owner] WHEN MATCHED THEN UPDATE SET [number] = source.[number], [note] = source.[note] " +
            "WHEN NOT MATCHED THEN INSERT ([owner], [number], [note]) VALUES (source.[owner], source.[number], source.[note]);",
            dialect.ProjectionStatement(typeof(ClaimRow), ProjectionOperation.Upsert));
    }

    [Fact]
    public void InsertIfAbsentGuardsWithNotExists()
    {
        Assert.Equal(
            "INSERT INTO [test_claims] ([owner], [number], [note]) SELECT @Owner, @Number, @Note " +
            "WHERE NOT EXISTS (SELECT 1 FROM [test_claims] WITH (UPDLOCK, HOLDLOCK) WHERE [owner] = @Owner)",
            dialect.ProjectionStatement(typeof(ClaimRow), ProjectionOperation.InsertIfAbsent));
    }

    [Fact]
    public void DeleteMatchesTheKey()
    {
        Assert.Equal("DELETE FROM [test_claims] WHERE [owner] = @Owner", dialect.ProjectionStatement(typeof(ClaimRow), ProjectionOperation.Delete));
    }

    [Fact]
    public void MigrationsAreSerializedAcrossNodesWithAnApplicationLock()
    {
        Assert.StartsWith("IF OBJECT_ID(N'schema_migrations', N'U') IS NULL", dialect.CreateMigrationsTable("schema_migrations"), StringComparison.Ordinal);
        Assert.All(dialect.Migrations, script => Assert.DoesNotContain("\nGO", script, StringComparison.Ordinal));
    }

    [Fact]
    public void KeyColumnsFitSqlServersIndexKeyLimit()
    {
        // 900 bytes for a clustered key; nvarchar takes two bytes a character.
        var keyColumns = new[] { "service_id", "grain_type", "grain_key", "state_name" };
        var bytes = keyColumns.Sum(column =>
        {
            var size = Regex.Match(dialect.Migrations[0], $@"\b{column} nvarchar\((\d+)\)");
            Assert.True(size.Success, $"{column} is not a sized nvarchar");
            return int.Parse(size.Groups[1].Value, CultureInfo.InvariantCulture) * 2;
        });
        Assert.InRange(bytes, 1, 900);
    }
}
