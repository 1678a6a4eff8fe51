using Azure.Identity;
using Concierge.Silo.Storage;

namespace Concierge.Silo.Tests.Storage;

/// <summary>
/// Which sign-in each store uses (<c>Concierge:Storage:Authentication</c>), checked with a fake Entra: no Azure is
/// reachable from here. PostgreSQL with a token is also run for real, the token standing in for the password.
/// </summary>
public sealed class StorageAuthenticationTests
{
    private readonly ManualClock clock = new();
    private readonly FakeTokenCredential entra;

    public StorageAuthenticationTests() => entra = new FakeTokenCredential(clock);

    [Theory]
    [InlineData(StorageProvider.Sqlite, null)]
    [InlineData(StorageProvider.Postgres, "Host=db.example.com;Username=app;Password=secret")]
    [InlineData(StorageProvider.SqlServer, "Server=db.example.com;User ID=app;Password=secret")]
    public void PasswordAuthenticationIsTheDefaultAndAsksEntraForNothing(StorageProvider provider, string? connectionString)
    {
        var options = new StorageOptions { Provider = provider, ConnectionString = connectionString };

        Assert.Equal(StorageAuthentication.Password, options.Authentication);
        Assert.Null(SqlDialectFactory.AccessTokenFor(options, () => throw new InvalidOperationException("no credential wanted"), clock));
        Assert.NotNull(SqlDialectFactory.Create(options, () => throw new InvalidOperationException("no credential wanted"), clock));
    }

    [Theory]
    [InlineData(StorageProvider.SqlServer, "Server=tcp:concierge.database.windows.net;Database=concierge;Encrypt=True", "https://database.windows.net/.default")]
    [InlineData(StorageProvider.Postgres, "Host=concierge.postgres.database.azure.com;Database=concierge;Username=concierge-app;SSL Mode=Require", "https://ossrdbms-aad.database.windows.net/.default")]
    public async Task ManagedIdentityAsksEntraForTheDatabaseScope(StorageProvider provider, string connectionString, string scope)
    {
        var options = new StorageOptions { Provider = provider, ConnectionString = connectionString, Authentication = StorageAuthentication.ManagedIdentity };

        var token = SqlDialectFactory.AccessTokenFor(options, () => entra, clock)!;

        Assert.Equal(scope, token.Scope);
        Assert.Equal("token-1", await token.GetAsync(CancellationToken.None));
        Assert.Equal([scope], entra.ScopesRequested);
    }

    [Fact]
    public async Task AzureSqlConnectionsCarryTheAccessToken()
    {
        var options = new StorageOptions
        {
            Provider = StorageProvider.SqlServer,
            ConnectionString = "Server=tcp:concierge.database.windows.net;Database=concierge",
            Authentication = StorageAuthentication.ManagedIdentity,
        };
        var dialect = Assert.IsType<SqlServerDialect>(SqlDialectFactory.Create(options, () => entra, clock));

        await using var first = await dialect.CreateConnectionAsync(CancellationToken.None);
        await using var second = await dialect.CreateConnectionAsync(CancellationToken.None);

        Assert.Equal("token-1", first.AccessToken);
        Assert.Equal("token-1", second.AccessToken);
        Assert.Equal(1, entra.Issued);
    }

    [Fact]
    public async Task PasswordSignInSetsNoAccessToken()
    {
        var dialect = Assert.IsType<SqlServerDialect>(SqlDialectFactory.Create(
            new StorageOptions { Provider = StorageProvider.SqlServer, ConnectionString = "Server=db;User ID=app;Password=secret" }, () => entra, clock));

        await using var connection = await dialect.CreateConnectionAsync(CancellationToken.None);

        Assert.Null(connection.AccessToken);
        Assert.Equal(0, entra.Issued);
    }

    [Fact]
    public async Task ATokenIsReusedUntilItNearsExpiryThenReplaced()
    {
        var token = new CachedAccessToken(entra, SqlDialectFactory.AzureSqlScope, clock);

        var first = await token.GetAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(49));
        var stillFirst = await token.GetAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(2)); // 9 minutes left: inside the refresh margin
        var second = await token.GetAsync(CancellationToken.None);

        Assert.Equal(["token-1", "token-1", "token-2"], [first, stillFirst, second]);
    }

    [Fact]
    public async Task ConcurrentConnectionsShareOneTokenRequest()
    {
        var token = new CachedAccessToken(entra, SqlDialectFactory.AzureSqlScope, clock);

        var tokens = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => token.GetAsync(CancellationToken.None).AsTask()));

        Assert.All(tokens, t => Assert.Equal("token-1", t));
        Assert.Equal(1, entra.Issued);
    }

    [Fact]
    public async Task AFailedTokenRequestIsRetriedByTheNextConnection()
    {
        var token = new CachedAccessToken(entra, SqlDialectFactory.AzureSqlScope, clock);
        entra.NextFailure = new CredentialUnavailableException("no managed identity endpoint");

        await Assert.ThrowsAsync<CredentialUnavailableException>(() => token.GetAsync(CancellationToken.None).AsTask());
        var retried = await token.GetAsync(CancellationToken.None);

        Assert.Equal("token-1", retried);
    }

    [Theory]
    [InlineData(StorageProvider.SqlServer, "Server=db;User ID=app;Password=secret")]
    [InlineData(StorageProvider.SqlServer, "Server=db;User ID=app")]
    [InlineData(StorageProvider.SqlServer, "Server=db;Authentication=Active Directory Managed Identity")]
    [InlineData(StorageProvider.SqlServer, "Server=db;Integrated Security=true")]
    [InlineData(StorageProvider.Postgres, "Host=db;Username=app;Password=secret")]
    public void ManagedIdentityWithOtherCredentialsInTheConnectionStringStopsStartUpNamingTheKeys(StorageProvider provider, string connectionString)
    {
        var options = new StorageOptions { Provider = provider, ConnectionString = connectionString, Authentication = StorageAuthentication.ManagedIdentity };

        var error = Assert.Throws<InvalidOperationException>(() => SqlDialectFactory.Create(options, () => entra, clock));

        Assert.Contains("Concierge:Storage:ConnectionString", error.Message, StringComparison.Ordinal);
        Assert.Contains("Concierge:Storage:Authentication is ManagedIdentity", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, entra.Issued);
    }

    [Fact]
    public void ManagedIdentityOnTheEmbeddedStoreIsRefused()
    {
        var options = new StorageOptions { Provider = StorageProvider.Sqlite, Authentication = StorageAuthentication.ManagedIdentity };

        var error = Assert.Throws<InvalidOperationException>(() => SqlDialectFactory.Create(options, () => entra, clock));

        Assert.Contains("needs Concierge:Storage:Provider Postgres or SqlServer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostgresSignsInWithTheTokenAsItsPassword()
    {
        // The real server checks passwords, not Entra tokens: a credential that hands out the password as its token
        // proves the data source takes its password from the token source.
        var server = new Npgsql.NpgsqlConnectionStringBuilder(Concierge.TestSupport.PostgresDatabase.ServerConnectionString);
        entra.FixedToken = server.Password;
        server.Password = null;
        var options = new StorageOptions { Provider = StorageProvider.Postgres, ConnectionString = server.ConnectionString, Authentication = StorageAuthentication.ManagedIdentity };
        await using var dialect = Assert.IsType<PostgresDialect>(SqlDialectFactory.Create(options, () => entra, clock));

        await using var connection = await dialect.OpenAsync(CancellationToken.None);

        Assert.Equal(System.Data.ConnectionState.Open, connection.State);
        Assert.Equal([SqlDialectFactory.PostgresScope], entra.ScopesRequested.Distinct());
    }
}
