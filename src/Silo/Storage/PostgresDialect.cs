using System.Data.Common;
using Dapper;
using Npgsql;

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

    public override string TurnSearchCondition =>
        "EXISTS (SELECT 1 FROM call_turns t WHERE t.call_sid = calls.call_sid AND t.text_search @@ phraseto_tsquery('simple', @Search))";

    public override string SearchArgument(string words) => words;

    // Dapper hands Npgsql a list as one array parameter rather than expanding it, so the list is matched with ANY.
    public override string IsAnyOf(string column, string parameter) => $"{column} = ANY(@{parameter})";

    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await dataSource.OpenConnectionAsync(cancellationToken);

    public override Task LockSchemaAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_xact_lock(@Id)", new { Id = SchemaLockId }, transaction, cancellationToken: cancellationToken));

    public override bool IsUniqueViolation(Exception exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    public ValueTask DisposeAsync() => dataSource.DisposeAsync();
}
