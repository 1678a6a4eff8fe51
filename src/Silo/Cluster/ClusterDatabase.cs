using Azure.Core;
using Concierge.Silo.Storage;

namespace Concierge.Silo.Cluster;

/// <summary>
/// The database holding Orleans' membership and reminder tables for <see cref="ClusterProvider.AdoNet"/>: the store's own
/// database unless <c>Concierge:Cluster:ConnectionString</c> names another, signed in to the same way as the store.
/// </summary>
public sealed class ClusterDatabase
{
    /// <summary>The table recording which cluster schema scripts ran (beside the store's own <c>schema_migrations</c>).</summary>
    public const string VersionTable = "cluster_schema_migrations";

    public ClusterDatabase(SiloClusterOptions cluster, StorageOptions storage, SqlStore store, Func<TokenCredential> credential)
    {
        Provider = cluster.DatabaseProvider(storage);
        var sharesStore = cluster.ConnectionString is null || (Provider == storage.Provider && cluster.ConnectionString == storage.ConnectionString);
        Dialect = sharesStore
            ? store.Dialect
            : SqlDialectFactory.Create(
                new StorageOptions { Provider = Provider, ConnectionString = cluster.ConnectionString, Authentication = storage.Authentication },
                credential);
        // On SQL Server, Orleans opens its own connections from this string: with the store's Entra sign-in mapped into it
        // (Authentication=Active Directory Default), SqlClient signs those in too.
        ConnectionString = Dialect is SqlServerDialect sqlServer ? sqlServer.ConnectionString : cluster.ConnectionString ?? storage.ConnectionString!;
    }

    public StorageProvider Provider { get; }

    /// <summary>Opens connections for the schema migration, and for Orleans on PostgreSQL (so an Entra token signs it in).</summary>
    public SqlDialect Dialect { get; }

    public string ConnectionString { get; }

    /// <summary>
    /// The ADO.NET invariant name Orleans loads the provider by: it looks up <c>Microsoft.Data.SqlClient.SqlClientFactory</c>
    /// in the assembly of that name, where SqlClient 7 still keeps it.
    /// </summary>
    public string Invariant => Provider == StorageProvider.Postgres ? "Npgsql" : "Microsoft.Data.SqlClient";

    /// <summary>The cluster schema scripts for this database, oldest first.</summary>
    public IReadOnlyList<string> Migrations => Provider == StorageProvider.Postgres ? PostgresClusterSchema.Migrations : SqlServerClusterSchema.Migrations;

    /// <summary>Points an Orleans ADO.NET provider's options at this database.</summary>
    public void Apply(Action<string> invariant, Action<string> connectionString, Action<System.Data.Common.DbDataSource> dataSource)
    {
        invariant(Invariant);
        if (Dialect is PostgresDialect postgres)
        {
            dataSource(postgres.DataSource);
        }
        else
        {
            connectionString(ConnectionString);
        }
    }
}
