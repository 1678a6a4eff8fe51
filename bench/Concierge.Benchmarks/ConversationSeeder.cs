using System.Data.Common;
using Concierge.Grains.Interfaces.Calls;
using Concierge.Silo.Storage;
using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace Concierge.Benchmarks;

/// <summary>
/// Fills the call-log tables with a realistic, reproducible history straight through SQL (the grain path would
/// take hours for a million turns): calls from a few thousand callers over a year, ten turns each, with
/// everyday words, a rare word in a handful of turns and a common one in about a tenth, and a scam word said in every
/// blocked call and in no other (the case of a common word with a filter it is rare in: a decision none of its calls have).
/// </summary>
internal sealed class ConversationSeeder(int calls, int turnsPerCall, string companyId)
{
    public const string RareWord = "zeppelin";
    public const string CommonWord = "delivery";
    public const string BlockedWord = "warrant";
    private static readonly string[] Words =
        ["hello", "calling", "about", "appointment", "tomorrow", "thanks", "please", "message", "urgent", "office", "school", "order", "invoice", "later", "speak", "again"];

    public DateTimeOffset First { get; } = new(2025, 11, 21, 0, 0, 0, TimeSpan.Zero);

    public TimeSpan Span { get; } = TimeSpan.FromDays(365);

    public static string Caller(int i) => $"+1415{(5_550_000 + (i % 5000)).ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    public async Task SeedAsync(SqlDialect dialect)
    {
        await using var connection = await dialect.OpenAsync(CancellationToken.None);
        if (connection is NpgsqlConnection postgres)
        {
            await CopyAsync(postgres);
        }
        else
        {
            await InsertAsync((SqliteConnection)connection, dialect.BeforeGroupCommit);
        }
    }

    private IEnumerable<(object[] Call, IEnumerable<object?[]> Turns)> Rows()
    {
        var random = new Random(42);
        var step = Span.TotalMilliseconds / calls;
        for (var i = 0; i < calls; i++)
        {
            var sid = $"CA{i:D32}";
            var started = First.ToUnixTimeMilliseconds() + (long)(i * step);
            var decision = CallDecisions.All[random.Next(CallDecisions.All.Count)];
            var call = new object[] { sid, companyId, Caller(random.Next(5000)), "+18005550000", "seeded", "ended", decision, "seeded call", "", "personal", "offline", started, started + 60_000, 60, turnsPerCall, started + 60_000 };
            var turns = Enumerable.Range(1, turnsPerCall).Select(seq =>
            {
                var words = Enumerable.Range(0, 12).Select(_ => Words[random.Next(Words.Length)]).ToList();
                if (random.Next(10) == 0)
                {
                    words[3] = CommonWord;
                }

                if (random.Next(200_000) == 0)
                {
                    words[5] = RareWord;
                }

                if (seq == 2 && decision == CallDecisions.Blocked)
                {
                    words[6] = BlockedWord; // no draw from the generator: the other words stay as they were seeded before
                }

                return new object?[] { sid, seq, companyId, seq % 2 == 0 ? "caller" : "concierge", string.Join(' ', words), started + (seq * 3000), seq % 2 == 0 ? null : 12, seq % 2 == 0 ? null : "offline", null, null };
            }).ToList();
            yield return (call, turns);
        }
    }

    /// <summary>Inserts every row in one transaction and, as the store's writer does before each commit, indexes the turns for search.</summary>
    private async Task InsertAsync(SqliteConnection connection, string? beforeCommit)
    {
        await using var transaction = connection.BeginTransaction();
        using var call = Command(connection, transaction, "calls", 16);
        using var turn = Command(connection, transaction, "call_turns", 10);
        foreach (var (callRow, turnRows) in Rows())
        {
            Bind(call, callRow);
            call.ExecuteNonQuery();
            foreach (var turnRow in turnRows)
            {
                Bind(turn, turnRow);
                turn.ExecuteNonQuery();
            }
        }

        if (beforeCommit is not null)
        {
            await connection.ExecuteAsync(beforeCommit, transaction: transaction);
        }

        await transaction.CommitAsync();
    }

    private static SqliteCommand Command(SqliteConnection connection, DbTransaction transaction, string table, int columns)
    {
        var command = connection.CreateCommand();
        command.Transaction = (SqliteTransaction)transaction;
        command.CommandText = $"INSERT INTO {table} VALUES ({string.Join(", ", Enumerable.Range(0, columns).Select(i => $"$p{i}"))})";
        for (var i = 0; i < columns; i++)
        {
            command.Parameters.Add(new SqliteParameter($"$p{i}", null));
        }

        command.Prepare();
        return command;
    }

    private static void Bind(SqliteCommand command, object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }

    private async Task CopyAsync(NpgsqlConnection connection)
    {
        var rows = Rows().ToList();
        await using (var writer = await connection.BeginBinaryImportAsync("COPY calls FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var (call, _) in rows)
            {
                await writer.WriteRowAsync(default, call);
            }

            await writer.CompleteAsync();
        }

        await using (var writer = await connection.BeginBinaryImportAsync("COPY call_turns FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var turn in rows.SelectMany(r => r.Turns))
            {
                await writer.StartRowAsync();
                await writer.WriteAsync((string)turn[0]!, NpgsqlDbType.Text);
                await writer.WriteAsync((int)turn[1]!, NpgsqlDbType.Integer);
                await writer.WriteAsync((string)turn[2]!, NpgsqlDbType.Text);
                await writer.WriteAsync((string)turn[3]!, NpgsqlDbType.Text);
                await writer.WriteAsync((string)turn[4]!, NpgsqlDbType.Text);
                await writer.WriteAsync((long)turn[5]!, NpgsqlDbType.Bigint);
                await WriteNullableAsync(writer, turn[6], NpgsqlDbType.Integer);
                await WriteNullableAsync(writer, turn[7], NpgsqlDbType.Text);
                await writer.WriteNullAsync();
                await writer.WriteNullAsync();
            }

            await writer.CompleteAsync();
        }

        await connection.ExecuteAsync("ANALYZE calls; ANALYZE call_turns;");
    }

    private static Task WriteNullableAsync(NpgsqlBinaryImporter writer, object? value, NpgsqlDbType type) =>
        value is null ? writer.WriteNullAsync() : writer.WriteAsync(value, type);
}
