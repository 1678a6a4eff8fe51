using System.Data.Common;
using Dapper;
using Microsoft.Data.SqlClient;

namespace Concierge.Silo.Storage;

/// <summary>
/// SQL Server / Azure SQL. No server runs on the development machines, so this dialect's statements are
/// covered by unit tests of their text; the shared behaviour is exercised through SQLite and PostgreSQL.
/// </summary>
/// <param name="connectionString">
/// SqlClient connection string. An Entra sign-in is its <c>Authentication</c> keyword: SqlClient asks for the token when it
/// signs in (from <see cref="EntraSqlAuthenticationProvider"/>) and keeps it with the pool.
/// </param>
public sealed class SqlServerDialect(string connectionString) : SqlDialect
{
    /// <summary>The connection string as SqlClient gets it (Orleans' ADO.NET clustering uses the same).</summary>
    public string ConnectionString => connectionString;

    public override string ProviderName => "SqlServer";

    public override IReadOnlyList<string> Migrations => SqlServerSchema.Migrations;

    public override string CreateMigrationsTable(string table) =>
        $"IF OBJECT_ID(N'{table}', N'U') IS NULL CREATE TABLE {table} (version int NOT NULL PRIMARY KEY, applied_at_ms bigint NOT NULL)";

    // SQL Server has no ON CONFLICT: insert guarded by a range lock, so two first writes cannot both insert.
    public override string InsertState =>
        "INSERT INTO grain_state (service_id, grain_type, grain_key, state_name, payload, version, updated_at_ms) " +
        "SELECT @ServiceId, @GrainType, @GrainKey, @StateName, @Payload, 1, @NowMs " +
        "WHERE NOT EXISTS (SELECT 1 FROM grain_state WITH (UPDLOCK, HOLDLOCK) " +
        "WHERE service_id = @ServiceId AND grain_type = @GrainType AND grain_key = @GrainKey AND state_name = @StateName)";

    public override string TurnSearchCandidates =>
        "SELECT TOP (@Cap) call_sid FROM call_turns WHERE company_id = @CompanyId AND [text] LIKE @Search ESCAPE '\\'";

    public override string TurnSearchCondition(string callSid) =>
        $"EXISTS (SELECT 1 FROM call_turns t WHERE t.call_sid = {callSid} AND t.[text] LIKE @Search ESCAPE '\\')";

    public override string TurnSearchMatchSet =>
        "call_sid IN (SELECT call_sid FROM call_turns WHERE company_id = @CompanyId AND [text] LIKE @Search ESCAPE '\\')";

    public override string SearchArgument(string words) =>
        "%" + words.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal).Replace("[", "\\[", StringComparison.Ordinal) + "%";

    public override string Take(string orderedSelect, string count = "Take") => $"{orderedSelect} OFFSET 0 ROWS FETCH NEXT @{count} ROWS ONLY";

    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqlConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public override Task LockSchemaAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            "EXEC sp_getapplock @Resource = N'concierge_schema', @LockMode = N'Exclusive', @LockOwner = N'Transaction', @LockTimeout = 60000",
            transaction: transaction,
            cancellationToken: cancellationToken));

    public override bool IsUniqueViolation(Exception exception) =>
        exception is SqlException { Number: 2627 or 2601 };

    protected override string Quote(string identifier) => $"[{identifier}]";

    protected override string Upsert(ProjectionTable table)
    {
        var source = string.Join(", ", table.Columns.Select(c => $"@{c.Property} AS {Quote(c.Column)}"));
        var match = string.Join(" AND ", table.Keys.Select(c => $"target.{Quote(c.Column)} = source.{Quote(c.Column)}"));
        var values = string.Join(", ", table.Columns.Select(c => $"source.{Quote(c.Column)}"));
        var updates = string.Join(", ", table.Updated.Select(c => $"{Quote(c.Column)} = source.{Quote(c.Column)}"));
        var whenMatched = updates.Length == 0 ? "" : $" WHEN MATCHED THEN UPDATE SET {updates}";
        return $"MERGE INTO {Quote(table.Name)} WITH (HOLDLOCK) AS target USING (SELECT {source}) AS source ON {match}" +
            $"{whenMatched} WHEN NOT MATCHED THEN INSERT ({ColumnList(table)}) VALUES ({values});";
    }

    protected override string InsertIfAbsent(ProjectionTable table) =>
        $"INSERT INTO {Quote(table.Name)} ({ColumnList(table)}) SELECT {ParameterList(table)} " +
        $"WHERE NOT EXISTS (SELECT 1 FROM {Quote(table.Name)} WITH (UPDLOCK, HOLDLOCK) WHERE {KeyMatch(table)})";
}
