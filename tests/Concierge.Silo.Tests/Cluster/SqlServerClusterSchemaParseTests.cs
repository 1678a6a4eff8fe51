using Concierge.Silo.Cluster;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Concierge.Silo.Tests.Cluster;

/// <summary>SQL Server cannot run here, so its scripts and queries go through Microsoft's T-SQL parser instead.</summary>
public sealed class SqlServerClusterSchemaParseTests
{
    [Fact]
    public void EveryMigrationParsesAsTSql()
    {
        foreach (var (script, number) in SqlServerClusterSchema.Migrations.Select((s, i) => (s, i + 1)))
        {
            Assert.True(ParseErrors(script) is [], $"migration {number}: {string.Join("; ", ParseErrors(script))}");
        }
    }

    [Fact]
    public void EveryStoredQueryParsesAsTSql()
    {
        foreach (var (key, text) in ClusterSchemaContractTests.QueriesIn("SQL Server"))
        {
            Assert.True(ParseErrors(text) is [], $"{key}: {string.Join("; ", ParseErrors(text))}");
        }
    }

    private static List<string> ParseErrors(string sql)
    {
        using var reader = new StringReader(sql);
        new TSql160Parser(initialQuotedIdentifiers: true).Parse(reader, out var errors);
        return errors.Select(e => $"line {e.Line}: {e.Message}").ToList();
    }
}
