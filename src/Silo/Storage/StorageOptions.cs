using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Concierge.Silo.Storage;

/// <summary>Where grain state and projections live (configuration section <c>Concierge:Storage</c>).</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Concierge:Storage";

    /// <summary>The embedded default: a SQLite file beside the app, created on first start.</summary>
    public const string DefaultSqliteConnectionString = "Data Source=./data/concierge.db";

    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>Connection string for the provider; SQLite defaults to <see cref="DefaultSqliteConnectionString"/>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Password (the default: the connection string's) or ManagedIdentity (an Entra token for the app's identity).</summary>
    public StorageAuthentication Authentication { get; set; } = StorageAuthentication.Password;

    /// <summary>Separates deployments sharing one database; every grain state row carries it.</summary>
    public string ServiceId { get; set; } = "concierge";

    /// <summary>
    /// Anchors a relative SQLite file at <paramref name="contentRoot"/>, so the database lands in the same place
    /// whatever directory the process was started from.
    /// </summary>
    public void AnchorPathsUnder(string contentRoot)
    {
        if (Provider != StorageProvider.Sqlite)
        {
            return;
        }

        var builder = new SqliteConnectionStringBuilder(ConnectionString ?? DefaultSqliteConnectionString);
        if (builder.DataSource != ":memory:" && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, builder.DataSource));
        }

        ConnectionString = builder.ToString();
    }

    /// <summary>The SQLite database file (a full path once anchored), or null for another provider or an in-memory database.</summary>
    public string? SqliteFile => Provider == StorageProvider.Sqlite
        && new SqliteConnectionStringBuilder(ConnectionString ?? DefaultSqliteConnectionString).DataSource is { Length: > 0 } file
        && file != ":memory:"
            ? file
            : null;

    /// <summary>Where the data is, for people to read: the SQLite file, or the server and database, never a credential.</summary>
    public string Location()
    {
        switch (Provider)
        {
            case StorageProvider.Sqlite:
                return SqliteFile ?? "SQLite, in memory";
            case StorageProvider.Postgres:
                var postgres = new NpgsqlConnectionStringBuilder(ConnectionString);
                return $"PostgreSQL database {postgres.Database} on {postgres.Host}";
            default:
                var sql = new SqlConnectionStringBuilder(ConnectionString);
                return $"SQL Server database {sql.InitialCatalog} on {sql.DataSource}";
        }
    }

    /// <summary>What is wrong with these settings, one message per problem, each naming its key; empty when they can work.</summary>
    public IReadOnlyList<string> Validate()
    {
        if (!Enum.IsDefined(Provider))
        {
            return [$"{SectionName}:Provider must be Sqlite, Postgres or SqlServer (got {Provider})."];
        }

        var problems = new List<string>();
        if (!Enum.IsDefined(Authentication))
        {
            problems.Add($"{SectionName}:Authentication must be Password or ManagedIdentity (got {Authentication}).");
        }

        if (string.IsNullOrWhiteSpace(ServiceId))
        {
            problems.Add($"{SectionName}:ServiceId must not be empty.");
        }

        if (Provider != StorageProvider.Sqlite && string.IsNullOrWhiteSpace(ConnectionString))
        {
            problems.Add($"{SectionName}:ConnectionString is required when {SectionName}:Provider is {Provider}.");
        }
        else if (ConnectionStringProblem() is { } problem)
        {
            problems.Add(problem);
        }

        if (Authentication == StorageAuthentication.ManagedIdentity && Provider == StorageProvider.Sqlite)
        {
            problems.Add($"{SectionName}:Authentication is {Authentication}, which needs {SectionName}:Provider Postgres or SqlServer (got {Provider}).");
        }
        else if (Authentication == StorageAuthentication.ManagedIdentity && !string.IsNullOrWhiteSpace(ConnectionString) && CarriesCredentials())
        {
            // A stray password would hide which sign-in is used: say so at start-up, naming the keys, not at the first connection.
            problems.Add(
                $"{SectionName}:ConnectionString must carry no user id or password for SqlServer, no password for Postgres, and no other sign-in method when {SectionName}:Authentication is ManagedIdentity: " +
                "the app signs in with an Entra token for its identity, as the user named in the connection string.");
        }

        return problems;
    }

    // The driver's own parser: a connection string it cannot read is named here, never quoted (it may hold a password).
    private string? ConnectionStringProblem()
    {
        try
        {
            _ = Provider switch
            {
                StorageProvider.Sqlite => new SqliteConnectionStringBuilder(ConnectionString ?? DefaultSqliteConnectionString).ToString(),
                StorageProvider.Postgres => new NpgsqlConnectionStringBuilder(ConnectionString).ToString(),
                _ => new SqlConnectionStringBuilder(ConnectionString).ToString(),
            };
            return null;
        }
        catch (Exception e) when (e is ArgumentException or FormatException or KeyNotFoundException or InvalidOperationException)
        {
            return $"{SectionName}:ConnectionString is not a {Provider} connection string ({e.GetType().Name}).";
        }
    }

    private bool CarriesCredentials() =>
        Provider == StorageProvider.SqlServer
            ? new SqlConnectionStringBuilder(ConnectionString) is var sql
                && (sql.UserID.Length > 0 || sql.Password.Length > 0 || sql.IntegratedSecurity || sql.Authentication != SqlAuthenticationMethod.NotSpecified)
            : !string.IsNullOrEmpty(new NpgsqlConnectionStringBuilder(ConnectionString).Password);
}

public enum StorageProvider
{
    Sqlite,
    Postgres,
    SqlServer,
}
