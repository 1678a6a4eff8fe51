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
    public StorageOptions WithPathsUnder(string contentRoot)
    {
        if (Provider != StorageProvider.Sqlite)
        {
            return this;
        }

        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(ConnectionString ?? DefaultSqliteConnectionString);
        if (builder.DataSource != ":memory:" && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, builder.DataSource));
        }

        return new StorageOptions { Provider = Provider, Authentication = Authentication, ServiceId = ServiceId, ConnectionString = builder.ToString() };
    }
}

public enum StorageProvider
{
    Sqlite,
    Postgres,
    SqlServer,
}
