using System.Data.Common;
using System.Reflection;
using Concierge.Silo.Cluster;
using Concierge.Silo.Storage;
using Concierge.Silo.Tests.Storage;
using Microsoft.Data.SqlClient;
using Microsoft.Extensions.Logging.Abstractions;
using Orleans.Configuration;

namespace Concierge.Silo.Tests.Cluster;

/// <summary>
/// ADO.NET clustering on Azure SQL with the app's Entra identity: Orleans opens its own connections from the connection
/// string it is given, so the store's sign-in must travel in that string. No SQL Server runs here: what Orleans would open
/// is checked, not a login.
/// </summary>
public sealed class AzureSqlClusterSignInTests
{
    private static readonly StorageOptions AzureSql = new()
    {
        Provider = StorageProvider.SqlServer,
        ConnectionString = "Server=tcp:concierge.database.windows.net;Database=concierge;Encrypt=True",
        Authentication = StorageAuthentication.ManagedIdentity,
    };

    [Fact]
    public void OrleansGetsTheStoresConnectionStringWithTheDriversEntraSignIn()
    {
        var database = ClusterOn(AzureSql);
        string? invariant = null, connectionString = null;

        database.Apply(value => invariant = value, value => connectionString = value, _ => Assert.Fail("SQL Server gets a connection string, not a data source"));

        Assert.Equal("Microsoft.Data.SqlClient", invariant);
        Assert.Equal(SqlAuthenticationMethod.ActiveDirectoryDefault, new SqlConnectionStringBuilder(connectionString).Authentication);
        Assert.IsType<EntraSqlAuthenticationProvider>(SqlAuthenticationProvider.GetProvider(SqlAuthenticationMethod.ActiveDirectoryDefault));
    }

    [Fact]
    public void OrleansLoadsSqlClientByItsInvariantAndAcceptsTheConnectionString()
    {
        string? invariant = null, connectionString = null;
        ClusterOn(AzureSql).Apply(value => invariant = value, value => connectionString = value, _ => { });

        // Orleans' own factory, the one its membership table uses: it finds SqlClient 7 by the invariant name.
        var factory = typeof(AdoNetClusteringSiloOptions).Assembly.GetType("Orleans.Clustering.AdoNet.Storage.DbConnectionFactory", throwOnError: true)!;
        var create = factory.GetMethod("CreateConnection", BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)!;
        using var connection = (DbConnection)create.Invoke(null, [invariant, connectionString])!;

        var opened = Assert.IsType<SqlConnection>(connection);
        Assert.Equal(SqlAuthenticationMethod.ActiveDirectoryDefault, new SqlConnectionStringBuilder(opened.ConnectionString).Authentication);
    }

    private static ClusterDatabase ClusterOn(StorageOptions storage)
    {
        var entra = new FakeTokenCredential();
        var store = new SqlStore(
            SqlDialectFactory.Create(storage, () => entra), Microsoft.Extensions.Options.Options.Create(storage), TimeProvider.System, NullLogger<SqlStore>.Instance);
        return new ClusterDatabase(new SiloClusterOptions { Provider = ClusterProvider.AdoNet }, storage, store, () => entra);
    }
}
