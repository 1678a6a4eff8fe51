using System.Text.RegularExpressions;
using Concierge.Silo.Cluster;

namespace Concierge.Silo.Tests.Cluster;

/// <summary>
/// Both dialects, read as text (SQL Server cannot run here): the migrations put every query Orleans needs into
/// OrleansQuery, each binding exactly the parameters Orleans sends for it.
/// </summary>
public sealed partial class ClusterSchemaContractTests
{
    public static TheoryData<string> Dialects => ["PostgreSQL", "SQL Server"];

    [Theory]
    [MemberData(nameof(Dialects))]
    public void EveryQueryOrleansNeedsIsInsertedByTheMigrations(string dialect)
    {
        var queries = QueriesIn(dialect);

        var missing = OrleansQueryContract.All.Select(q => q.Key).Where(key => !queries.ContainsKey(key)).ToList();

        Assert.Empty(missing);
    }

    [Theory]
    [MemberData(nameof(Dialects))]
    public void EveryQueryBindsExactlyTheParametersOrleansSends(string dialect)
    {
        var queries = QueriesIn(dialect);

        foreach (var (key, contract) in OrleansQueryContract.All)
        {
            var used = OrleansQueryContract.ParametersOf(queries[key]);
            Assert.True(used.SetEquals(contract),
                $"{dialect} {key} binds [{string.Join(", ", used.Order())}], Orleans sends [{string.Join(", ", contract.Order())}]");
        }
    }

    [Theory]
    [MemberData(nameof(Dialects))]
    public void EveryTableIsCreatedOnlyWhenMissing(string dialect)
    {
        foreach (var script in MigrationsOf(dialect))
        {
            var unguarded = dialect == "PostgreSQL"
                ? Regex.Matches(script, @"CREATE\s+(TABLE|INDEX)\s+(?!IF NOT EXISTS)\w+")
                : Regex.Matches(script, @"(?<!IS NULL\s+(BEGIN\s+)?)CREATE\s+TABLE\s+\w+");
            Assert.Empty(unguarded.Select(m => m.Value));
        }
    }

    [Theory]
    [MemberData(nameof(Dialects))]
    public void QueryRowsAreUpsertedSoAnExistingRowIsReplaced(string dialect)
    {
        foreach (var script in MigrationsOf(dialect).Where(s => s.Contains("OrleansQuery", StringComparison.Ordinal)))
        {
            Assert.Contains(
                dialect == "PostgreSQL" ? "ON CONFLICT (QueryKey) DO UPDATE SET QueryText = excluded.QueryText" : "WHEN MATCHED THEN UPDATE SET QueryText = source.QueryText",
                script,
                StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Dialects))]
    public void TheRunnersVersionTableIsLeftToTheRunner(string dialect) =>
        Assert.DoesNotContain(MigrationsOf(dialect), script => script.Contains("cluster_schema_migrations", StringComparison.OrdinalIgnoreCase));

    private static IReadOnlyList<string> MigrationsOf(string dialect) =>
        dialect == "PostgreSQL" ? PostgresClusterSchema.Migrations : SqlServerClusterSchema.Migrations;

    /// <summary>Key to query text as the migrations leave them: a later script's row replaces an earlier one.</summary>
    internal static Dictionary<string, string> QueriesIn(string dialect)
    {
        var row = dialect == "PostgreSQL" ? PostgresQueryRow() : SqlServerQueryRow();
        var queries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var script in MigrationsOf(dialect))
        {
            foreach (Match match in row.Matches(script))
            {
                queries[match.Groups["key"].Value] = match.Groups["text"].Value.Replace("''", "'", StringComparison.Ordinal);
            }
        }

        return queries;
    }

    // ('Key', $q$ ... $q$)
    [GeneratedRegex(@"\('(?<key>\w+)',\s*\$q\$(?<text>.*?)\$q\$\)", RegexOptions.Singleline)]
    private static partial Regex PostgresQueryRow();

    // ('Key', N' ... ') with '' for a quote inside
    [GeneratedRegex(@"\('(?<key>\w+)',\s*N'(?<text>(?:[^']|'')*)'\)", RegexOptions.Singleline)]
    private static partial Regex SqlServerQueryRow();
}
