using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Concierge.Silo.Storage;

/// <summary>
/// The savepoint each write of a group commit runs in (see <see cref="GroupCommitWriter"/>). On SQLite the three
/// statements are prepared once per connection (<see cref="SqliteStatementCache"/>) and only run again: the transaction's
/// own Save/Release/Rollback make, parse and dispose a command each time, twice for every write. The statements are the
/// ones those methods run; any other provider keeps its own.
/// </summary>
internal static class WriteSavepoint
{
    private const string Name = "w";
    private const string SaveSql = "SAVEPOINT \"w\";";
    private const string ReleaseSql = "RELEASE SAVEPOINT \"w\";";
    private const string RollbackSql = "ROLLBACK TO SAVEPOINT \"w\";";
    private static readonly object NoArguments = new();

    public static void Begin(DbConnection connection, DbTransaction transaction) =>
        Run(connection, transaction, SaveSql, static t => t.Save(Name));

    /// <summary>Keeps the write's changes in the transaction.</summary>
    public static void Keep(DbConnection connection, DbTransaction transaction) =>
        Run(connection, transaction, ReleaseSql, static t => t.Release(Name));

    /// <summary>Undoes the write's changes alone, and ends its savepoint.</summary>
    public static void Undo(DbConnection connection, DbTransaction transaction)
    {
        Run(connection, transaction, RollbackSql, static t => t.Rollback(Name));
        Keep(connection, transaction);
    }

    private static void Run(DbConnection connection, DbTransaction transaction, string sql, Action<DbTransaction> otherwise)
    {
        if (connection is SqliteConnection sqlite)
        {
            SqliteStatementCache.Execute(sqlite, transaction, sql, NoArguments);
        }
        else
        {
            otherwise(transaction);
        }
    }
}
