using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace Concierge.Silo.Storage;

/// <summary>
/// Prepared statements kept per SQLite connection. Microsoft.Data.Sqlite prepares a command's SQL on its first execution
/// and keeps it while the command lives, but a new command (as Dapper makes for every call) parses the SQL again. The
/// group-commit writer keeps its connection open, so its grain-state and projection statements are parsed once per
/// connection and then only re-bound: parameters by name, one per public property of the arguments.
/// </summary>
internal static class SqliteStatementCache
{
    private static readonly ConditionalWeakTable<SqliteConnection, Dictionary<string, SqliteCommand>> Commands = new();

    /// <summary>Runs <paramref name="sql"/> with <paramref name="arguments"/>'s properties as its parameters; the rows it changed.</summary>
    public static int Execute(SqliteConnection connection, DbTransaction transaction, string sql, object arguments)
    {
        var properties = WriteStatement.ParametersOf(arguments.GetType());
        var commands = Commands.GetOrCreateValue(connection); // only the writer thread uses its connection
        if (!commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            foreach (var property in properties)
            {
                command.Parameters.Add(new SqliteParameter("@" + property.Name, null));
            }

            commands[sql] = command;
        }

        command.Transaction = (SqliteTransaction)transaction;
        for (var i = 0; i < properties.Length; i++)
        {
            command.Parameters[i].Value = properties[i].GetValue(arguments) ?? DBNull.Value;
        }

        return command.ExecuteNonQuery();
    }
}
