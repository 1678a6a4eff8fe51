using Azure.Core;
using Microsoft.Data.SqlClient;
using Npgsql;

namespace Concierge.Silo.Storage;

/// <summary>Builds the dialect <see cref="StorageOptions"/> ask for, signing in with a password or an Entra token.</summary>
public static class SqlDialectFactory
{
    /// <summary>Entra scope of Azure SQL Database.</summary>
    public const string AzureSqlScope = "https://database.windows.net/.default";

    /// <summary>Entra scope of Azure Database for PostgreSQL.</summary>
    public const string PostgresScope = "https://ossrdbms-aad.database.windows.net/.default";

    private const string Section = StorageOptions.SectionName;

    /// <param name="options">The store's settings.</param>
    /// <param name="credential">Called only for <see cref="StorageAuthentication.ManagedIdentity"/>.</param>
    /// <param name="time">Clock for token expiry.</param>
    public static SqlDialect Create(StorageOptions options, Func<TokenCredential> credential, TimeProvider time)
    {
        var token = AccessTokenFor(options, credential, time);
        return options.Provider switch
        {
            StorageProvider.Sqlite => new SqliteDialect(options.ConnectionString ?? StorageOptions.DefaultSqliteConnectionString),
            StorageProvider.Postgres => new PostgresDialect(RequireConnectionString(options), token is null ? null : token.GetAsync),
            StorageProvider.SqlServer => new SqlServerDialect(RequireConnectionString(options), token is null ? null : token.GetAsync),
            _ => throw new InvalidOperationException($"Unknown {Section}:Provider '{options.Provider}'."),
        };
    }

    /// <summary>The token the store signs in with; null when the connection string's password is used.</summary>
    public static CachedAccessToken? AccessTokenFor(StorageOptions options, Func<TokenCredential> credential, TimeProvider time)
    {
        if (options.Authentication == StorageAuthentication.Password)
        {
            return null;
        }

        var scope = options.Provider switch
        {
            StorageProvider.Postgres => PostgresScope,
            StorageProvider.SqlServer => AzureSqlScope,
            _ => throw new InvalidOperationException(
                $"{Section}:Authentication is {options.Authentication}, which needs {Section}:Provider Postgres or SqlServer (got {options.Provider})."),
        };
        RefuseCredentialsInConnectionString(options.Provider, RequireConnectionString(options));
        return new CachedAccessToken(credential(), scope, time);
    }

    private static string RequireConnectionString(StorageOptions options) =>
        string.IsNullOrWhiteSpace(options.ConnectionString)
            ? throw new InvalidOperationException($"{Section}:ConnectionString is required when {Section}:Provider is {options.Provider}.")
            : options.ConnectionString;

    // SqlClient refuses an access token next to other credentials, and a stray password would hide which sign-in is used:
    // say so at start-up, naming the keys, rather than at the first connection.
    private static void RefuseCredentialsInConnectionString(StorageProvider provider, string connectionString)
    {
        var carriesCredentials = provider == StorageProvider.SqlServer
            ? new SqlConnectionStringBuilder(connectionString) is var sql
                && (sql.UserID.Length > 0 || sql.Password.Length > 0 || sql.IntegratedSecurity || sql.Authentication != SqlAuthenticationMethod.NotSpecified)
            : !string.IsNullOrEmpty(new NpgsqlConnectionStringBuilder(connectionString).Password);
        if (carriesCredentials)
        {
            throw new InvalidOperationException(
                $"{Section}:ConnectionString must carry no user id or password for SqlServer, no password for Postgres, and no other sign-in method when {Section}:Authentication is ManagedIdentity: " +
                "the app signs in with an Entra token for its identity, as the user named in the connection string.");
        }
    }
}
