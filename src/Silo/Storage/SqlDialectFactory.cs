using Azure.Core;
using Microsoft.Data.SqlClient;

namespace Concierge.Silo.Storage;

/// <summary>Builds the dialect <see cref="StorageOptions"/> ask for, signing in with a password or the app's Entra identity.</summary>
public static class SqlDialectFactory
{
    /// <summary>Entra scope of Azure Database for PostgreSQL.</summary>
    public const string PostgresScope = "https://ossrdbms-aad.database.windows.net/.default";

    /// <param name="options">The store's settings; settings that cannot work are refused, naming their keys.</param>
    /// <param name="credential">The app's Entra identity, asked for only when a connection signs in with it.</param>
    public static SqlDialect Create(StorageOptions options, Func<TokenCredential> credential)
    {
        if (options.Validate() is { Count: > 0 } problems)
        {
            throw new InvalidOperationException(string.Join(" ", problems));
        }

        return options.Provider switch
        {
            StorageProvider.Sqlite => new SqliteDialect(options.ConnectionString ?? StorageOptions.DefaultSqliteConnectionString),
            StorageProvider.Postgres => new PostgresDialect(options.ConnectionString!, PostgresPassword(options, credential)),
            _ => new SqlServerDialect(SqlServerConnectionString(options, credential)),
        };
    }

    /// <summary>
    /// The connection string SqlClient gets: with ManagedIdentity it says <c>Authentication=Active Directory Default</c>, so
    /// the driver signs in with the app's identity (and caches the token with its pool). Any Entra sign-in the string names
    /// is served by <see cref="EntraSqlAuthenticationProvider"/> over <paramref name="credential"/>.
    /// </summary>
    public static string SqlServerConnectionString(StorageOptions options, Func<TokenCredential> credential)
    {
        var builder = new SqlConnectionStringBuilder(options.ConnectionString);
        if (options.Authentication == StorageAuthentication.ManagedIdentity)
        {
            builder.Authentication = SqlAuthenticationMethod.ActiveDirectoryDefault;
        }

        if (EntraSqlAuthenticationProvider.Methods.Contains(builder.Authentication))
        {
            EntraSqlAuthenticationProvider.Register(new LazyCredential(credential));
        }

        return builder.ConnectionString;
    }

    // Npgsql has no Entra sign-in of its own: the token is the password, asked for periodically. Azure.Identity's
    // credentials cache tokens until they near expiry, so a recheck costs nothing most of the time.
    private static Func<CancellationToken, ValueTask<string>>? PostgresPassword(StorageOptions options, Func<TokenCredential> credential)
    {
        if (options.Authentication != StorageAuthentication.ManagedIdentity)
        {
            return null;
        }

        var entra = new LazyCredential(credential);
        return async cancellationToken => (await entra.GetTokenAsync(new TokenRequestContext([PostgresScope]), cancellationToken)).Token;
    }

    /// <summary>Resolves the app's credential on first use, so a store that never signs in with Entra never builds one.</summary>
    private sealed class LazyCredential(Func<TokenCredential> create) : TokenCredential
    {
        private readonly Lazy<TokenCredential> credential = new(create);

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            credential.Value.GetToken(requestContext, cancellationToken);

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            credential.Value.GetTokenAsync(requestContext, cancellationToken);
    }
}
