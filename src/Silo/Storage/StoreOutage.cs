using System.Data.Common;
using Concierge.Grains.Interfaces.Storage;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Concierge.Silo.Storage;

/// <summary>
/// Whether a failure means the store is out (unreachable, overloaded, locked, timing out, out of disk), so the same
/// request may succeed later, or that the store refused this statement (a syntax error, a value it cannot hold), which
/// no retry will change. Read from each provider's own error: codes and states, never the message.
/// </summary>
public static class StoreOutage
{
    /// <summary>SQLite: BUSY, LOCKED, NOMEM, READONLY, IOERR, CORRUPT, FULL, CANTOPEN, PROTOCOL, NOTADB (the primary result codes).</summary>
    private static readonly HashSet<int> SqliteOutages = [5, 6, 7, 8, 10, 11, 13, 14, 15, 26];

    /// <summary>
    /// PostgreSQL SQLSTATE classes: 08 connection exception, 28 authorization (the store will not let us in), 53
    /// insufficient resources, 57 operator intervention (shutdown, starting up, statement timeout), 58 system error.
    /// </summary>
    private static readonly string[] PostgresOutageClasses = ["08", "28", "53", "57", "58"];

    /// <summary>
    /// SQL Server errors Azure SQL documents as transient: timeout (-2), connection broken (20, 64, 233, 10053, 10054,
    /// 10060), cannot open the database or log in (4060, 18456), deadlock (1205), resource limits and failovers.
    /// </summary>
    private static readonly HashSet<int> SqlServerOutages =
        [-2, 20, 64, 233, 1205, 4060, 4221, 10053, 10054, 10060, 10928, 10929, 18456, 40143, 40197, 40501, 40540, 40613, 49918, 49919, 49920];

    public static bool Is(Exception exception) => exception switch
    {
        StoreUnavailableException or TimeoutException => true, // a grain's storage already told an outage apart
        SqliteException sqlite => SqliteOutages.Contains(sqlite.SqliteErrorCode),
        PostgresException postgres => postgres.IsTransient || PostgresOutageClasses.Any(c => postgres.SqlState.StartsWith(c, StringComparison.Ordinal)),
        NpgsqlException npgsql => npgsql.IsTransient, // no server answer: the network, a socket, a timeout
        SqlException sql => sql.Class >= 20 || SqlServerOutages.Contains(sql.Number), // severity 20 and up ends the connection
        DbException other => other.IsTransient,
        _ => false,
    };
}
