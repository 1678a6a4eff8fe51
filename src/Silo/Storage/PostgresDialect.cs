using System.Data.Common;
using Dapper;
using Npgsql;
using NpgsqlTypes;

namespace Concierge.Silo.Storage;

/// <summary>PostgreSQL: the shared store for several nodes (Azure Database for PostgreSQL in production).</summary>
public sealed class PostgresDialect : SqlDialect, IAsyncDisposable
{
    // Any fixed number: the advisory lock that serializes schema migration across nodes.
    private const long SchemaLockId = 0x436f6e6369657267;

    /// <summary>How often Npgsql asks for the password again when it is an Entra token (Azure.Identity's credentials cache the token until it nears expiry).</summary>
    private static readonly TimeSpan TokenRecheck = TimeSpan.FromMinutes(5);

    /// <summary>How soon a failed token fetch is retried.</summary>
    private static readonly TimeSpan TokenRetry = TimeSpan.FromSeconds(10);

    /// <summary>Statements kept prepared per connection unless the connection string says otherwise (Max Auto Prepare).</summary>
    private const int AutoPrepared = 64;

    private readonly NpgsqlDataSource dataSource;

    /// <param name="connectionString">Npgsql connection string.</param>
    /// <param name="accessToken">When set, the password is this Entra access token (Azure Database for PostgreSQL with Entra sign-in).</param>
    public PostgresDialect(string connectionString, Func<CancellationToken, ValueTask<string>>? accessToken = null)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        if (builder.ConnectionStringBuilder.MaxAutoPrepare == 0)
        {
            // The store runs a handful of statements over and over (grain state, projection rows): Npgsql prepares the ones
            // used repeatedly on each pooled connection and keeps them across opens, so the server parses and plans them once.
            builder.ConnectionStringBuilder.MaxAutoPrepare = AutoPrepared;
        }

        // A write's statements go as one batch (ExecuteWritesAsync), which must know which of them broke a constraint: the
        // state (a stale write) or a projection row. Npgsql names it on the exception only when asked.
        builder.ConnectionStringBuilder.IncludeFailedBatchedCommand = true;

        if (accessToken is not null)
        {
            builder.UsePeriodicPasswordProvider((_, cancellationToken) => accessToken(cancellationToken), TokenRecheck, TokenRetry);
        }

        dataSource = builder.Build();
    }

    /// <summary>The connection pool, handed to Orleans' ADO.NET clustering when the cluster shares this database.</summary>
    public NpgsqlDataSource DataSource => dataSource;

    public override string ProviderName => "Postgres";

    public override IReadOnlyList<string> Migrations => PostgresSchema.Migrations;

    public override string CreateMigrationsTable(string table) =>
        $"CREATE TABLE IF NOT EXISTS {table} (version integer PRIMARY KEY, applied_at_ms bigint NOT NULL)";

    public override string TurnSearchCandidates =>
        "SELECT call_sid FROM call_turns WHERE company_id = @CompanyId AND text_search @@ phraseto_tsquery('simple', @Search) LIMIT @Cap";

    // OFFSET 0 keeps the EXISTS a lookup of each walked call's turns by key (the planner's own source names it as the way
    // to stop it becoming a join). As a join, the prepared (generic) plan guessed the walk short and the matches few, and
    // rescanned every matching turn for each walked call: 78 ms instead of 1.5 ms for a common word and a decision.
    public override string TurnSearchCondition(string callSid) =>
        $"EXISTS (SELECT 1 FROM call_turns t WHERE t.call_sid = {callSid} AND t.text_search @@ phraseto_tsquery('simple', @Search) OFFSET 0)";

    // A call's turns by key cost about 10 µs to check, as much as collecting some 20 matching turns (SQLite's FTS query per
    // call: some 75). With four pages, a word in one call of nine (a decision, a window, a later page) was collected at
    // 15,000 calls: 20 ms instead of 11 ms (a page from the middle) and 23 ms instead of 9 (a window of an hour).
    public override int SearchProbePages => 16;

    // MATERIALIZED keeps the matches one set, read once through the text index: as a plain IN (or EXISTS) the planner may
    // turn it into a semi-join probing each walked call's turns, trusting a LIMIT to stop the walk early, which a
    // filter the word is rare in defeats (a decision with no match: 53 ms at 15,000 calls, against 8 ms this way).
    public override string TurnSearchMatchSet =>
        "call_sid IN (WITH matched AS MATERIALIZED (SELECT call_sid FROM call_turns WHERE company_id = @CompanyId " +
        "AND text_search @@ phraseto_tsquery('simple', @Search)) SELECT call_sid FROM matched)";

    public override string SearchArgument(string words) => words;

    // Dapper hands Npgsql a list as one array parameter rather than expanding it, so the list is matched with ANY.
    public override string IsAnyOf(string column, string parameter) => $"{column} = ANY(@{parameter})";

    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await dataSource.OpenConnectionAsync(cancellationToken);

    public override Task LockSchemaAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_xact_lock(@Id)", new { Id = SchemaLockId }, transaction, cancellationToken: cancellationToken));

    // A write's state and projection rows go to the server as one batch: with BEGIN, which Npgsql sends with the first
    // command, and COMMIT, two round trips per write instead of one per statement. The server runs them in order and stops
    // at the first error, which names its statement.
    public override async Task<int[]> ExecuteWritesAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<WriteStatement> statements, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch((NpgsqlConnection)connection, (NpgsqlTransaction)transaction);
        foreach (var statement in statements)
        {
            batch.BatchCommands.Add(BatchCommand(statement));
        }

        try
        {
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException e) when (IsUniqueViolation(e) && e.BatchCommand is NpgsqlBatchCommand failed)
        {
            var index = batch.BatchCommands.IndexOf(failed);
            throw new WriteStatementException(index, Changed(batch, index), e);
        }

        return Changed(batch, statements.Count);
    }

    private static int[] Changed(NpgsqlBatch batch, int count) => [.. Enumerable.Range(0, count).Select(i => batch.BatchCommands[i].RecordsAffected)];

    /// <summary>The statement with its arguments' properties as named parameters; a null is typed from its property, as Dapper types it.</summary>
    private static NpgsqlBatchCommand BatchCommand(WriteStatement statement)
    {
        var command = new NpgsqlBatchCommand(statement.Sql);
        foreach (var property in WriteStatement.ParametersOf(statement.Arguments.GetType()))
        {
            command.Parameters.Add(property.GetValue(statement.Arguments) is { } value
                ? new NpgsqlParameter(property.Name, value)
                : new NpgsqlParameter(property.Name, NullType(property.PropertyType)) { Value = DBNull.Value });
        }

        return command;
    }

    // The types of the store's rows and state; any other null is left for the server to type from where it goes.
    private static NpgsqlDbType NullType(Type type) => (Nullable.GetUnderlyingType(type) ?? type) switch
    {
        var t when t == typeof(string) => NpgsqlDbType.Text,
        var t when t == typeof(long) => NpgsqlDbType.Bigint,
        var t when t == typeof(int) => NpgsqlDbType.Integer,
        var t when t == typeof(double) => NpgsqlDbType.Double,
        var t when t == typeof(bool) => NpgsqlDbType.Boolean,
        _ => NpgsqlDbType.Unknown,
    };

    public override bool IsUniqueViolation(Exception exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    public ValueTask DisposeAsync() => dataSource.DisposeAsync();
}
