using Concierge.Silo.Storage;
using Microsoft.Data.SqlClient;

namespace Concierge.Silo.Tests.Storage;

/// <summary>
/// Which sign-in each store uses (<c>Concierge:Storage:Authentication</c>), checked with a fake Entra: no Azure is
/// reachable from here. PostgreSQL with a token is also run for real, the token standing in for the password.
/// </summary>
public sealed class StorageAuthenticationTests
{
    private readonly FakeTokenCredential entra = new();

    [Theory]
    [InlineData(StorageProvider.Sqlite, null)]
    [InlineData(StorageProvider.Postgres, "Host=db.example.com;Username=app;Password=secret")]
    [InlineData(StorageProvider.SqlServer, "Server=db.example.com;User ID=app;Password=secret")]
    public void PasswordAuthenticationIsTheDefaultAndAsksEntraForNothing(StorageProvider provider, string? connectionString)
    {
        var options = new StorageOptions { Provider = provider, ConnectionString = connectionString };

        Assert.Equal(StorageAuthentication.Password, options.Authentication);
        Assert.NotNull(SqlDialectFactory.Create(options, () => throw new InvalidOperationException("no credential wanted")));
    }

    [Fact]
    public void ManagedIdentityOnAzureSqlIsTheDriversActiveDirectoryDefaultServedByTheAppsCredential()
    {
        var options = new StorageOptions
        {
            Provider = StorageProvider.SqlServer,
            ConnectionString = "Server=tcp:concierge.database.windows.net;Database=concierge;Encrypt=True",
            Authentication = StorageAuthentication.ManagedIdentity,
        };

        var dialect = Assert.IsType<SqlServerDialect>(SqlDialectFactory.Create(options, () => entra));

        var mapped = new SqlConnectionStringBuilder(dialect.ConnectionString);
        Assert.Equal(SqlAuthenticationMethod.ActiveDirectoryDefault, mapped.Authentication);
        Assert.Equal(("tcp:concierge.database.windows.net", "concierge"), (mapped.DataSource, mapped.InitialCatalog));
        Assert.IsType<EntraSqlAuthenticationProvider>(SqlAuthenticationProvider.GetProvider(SqlAuthenticationMethod.ActiveDirectoryDefault));
        Assert.Equal(0, entra.Issued); // the driver asks when it signs in, not before
    }

    [Fact]
    public void AnEntraSignInWrittenInTheConnectionStringIsServedToo()
    {
        var options = new StorageOptions
        {
            Provider = StorageProvider.SqlServer,
            ConnectionString = "Server=tcp:concierge.database.windows.net;Database=concierge;Authentication=Active Directory Managed Identity",
        };

        var dialect = Assert.IsType<SqlServerDialect>(SqlDialectFactory.Create(options, () => entra));

        Assert.Equal(SqlAuthenticationMethod.ActiveDirectoryManagedIdentity, new SqlConnectionStringBuilder(dialect.ConnectionString).Authentication);
        Assert.IsType<EntraSqlAuthenticationProvider>(SqlAuthenticationProvider.GetProvider(SqlAuthenticationMethod.ActiveDirectoryManagedIdentity));
    }

    [Theory]
    [InlineData("https://database.windows.net/")]
    [InlineData("https://database.windows.net")]
    public async Task TheDriverGetsATokenForTheResourceTheServerNames(string resource)
    {
        var provider = new EntraSqlAuthenticationProvider(entra);

        var token = await provider.AcquireTokenAsync(new SqlAuthenticationParameters(
            SqlAuthenticationMethod.ActiveDirectoryDefault, "concierge.database.windows.net", "concierge", resource,
            "https://login.microsoftonline.com/tenant", userId: null, password: null, Guid.NewGuid(), connectionTimeout: 15));

        Assert.Equal("token-1", token.AccessToken);
        Assert.Equal(["https://database.windows.net/.default"], entra.ScopesRequested);
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

        var error = Assert.Throws<InvalidOperationException>(() => SqlDialectFactory.Create(options, () => entra));

        Assert.Contains("Concierge:Storage:ConnectionString", error.Message, StringComparison.Ordinal);
        Assert.Contains("Concierge:Storage:Authentication is ManagedIdentity", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, entra.Issued);
    }

    [Fact]
    public void ManagedIdentityOnTheEmbeddedStoreIsRefused()
    {
        var options = new StorageOptions { Provider = StorageProvider.Sqlite, Authentication = StorageAuthentication.ManagedIdentity };

        var error = Assert.Throws<InvalidOperationException>(() => SqlDialectFactory.Create(options, () => entra));

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
        await using var dialect = Assert.IsType<PostgresDialect>(SqlDialectFactory.Create(options, () => entra));

        await using var connection = await dialect.OpenAsync(CancellationToken.None);

        Assert.Equal(System.Data.ConnectionState.Open, connection.State);
        Assert.Equal([SqlDialectFactory.PostgresScope], entra.ScopesRequested.Distinct());
    }
}
