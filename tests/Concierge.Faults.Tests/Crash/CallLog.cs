using System.Data;
using System.Data.Common;
using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Concierge.Faults.Tests.Crash;

/// <summary>A call-log row as stored (<c>calls</c>).</summary>
internal sealed record StoredCall(string CallSid, string Status, string? TransferOutcome, long? EndedAtMs, long TurnCount);

/// <summary>A turn as stored (<c>call_turns</c>), or as the call grain's own state holds it.</summary>
internal sealed record StoredTurn(string CallSid, long Seq, string Speaker, string Text);

/// <summary>Everything the store holds about calls: the projections, and each call grain's state as it would be read back.</summary>
internal sealed record CallLogSnapshot(
    IReadOnlyDictionary<string, StoredCall> Calls,
    ILookup<string, StoredTurn> Turns,
    IReadOnlyDictionary<string, IReadOnlyList<StoredTurn>> GrainTurns);

/// <summary>Reads a Concierge store directly (Dapper), behind the app's back: what survived, and whether the files are sound.</summary>
internal sealed class CallLog(Func<DbConnection> connect, string integrityCheck)
{
    private static readonly JsonSerializerOptions StateJson = new(JsonSerializerDefaults.Web);

    public static CallLog Sqlite(string file) => new(() => new SqliteConnection($"Data Source={file}"), "PRAGMA integrity_check");

    /// <summary>PostgreSQL has no integrity_check; amcheck verifies every B-tree index against its table instead.</summary>
    public static CallLog Postgres(string connectionString) => new(
        () => new NpgsqlConnection(connectionString),
        """
        CREATE EXTENSION IF NOT EXISTS amcheck;
        SELECT COUNT(bt_index_check(c.oid, true))::text || ' indexes ok'
        FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_am am ON am.oid = c.relam
        WHERE n.nspname = 'public' AND am.amname = 'btree';
        """);

    /// <summary>The three tables as of one moment (a transaction's snapshot): the app may still be writing, in the background.</summary>
    public async Task<CallLogSnapshot> ReadAsync()
    {
        await using var connection = connect();
        await connection.OpenAsync();
        await using var snapshot = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead);
        var calls = await connection.QueryAsync<StoredCall>(
            "SELECT call_sid AS CallSid, status AS Status, transfer_outcome AS TransferOutcome, ended_at_ms AS EndedAtMs, CAST(turn_count AS BIGINT) AS TurnCount FROM calls",
            transaction: snapshot);
        var turns = await connection.QueryAsync<StoredTurn>(
            "SELECT call_sid AS CallSid, CAST(seq AS BIGINT) AS Seq, speaker AS Speaker, \"text\" AS Text FROM call_turns ORDER BY call_sid, seq",
            transaction: snapshot);
        var states = await connection.QueryAsync<(string Key, string Payload)>(
            "SELECT grain_key, payload FROM grain_state WHERE grain_type = 'call' AND payload IS NOT NULL",
            transaction: snapshot);
        return new CallLogSnapshot(
            calls.ToDictionary(c => c.CallSid, StringComparer.Ordinal),
            turns.ToLookup(t => t.CallSid, StringComparer.Ordinal),
            states.ToDictionary(s => s.Key, s => TurnsIn(s.Key, s.Payload), StringComparer.Ordinal));
    }

    /// <summary>"ok" (SQLite) or "N indexes ok" (PostgreSQL) when the store is sound; the problems found otherwise.</summary>
    public async Task<string> CheckIntegrityAsync()
    {
        await using var connection = connect();
        return string.Join("; ", await connection.QueryAsync<string>(integrityCheck));
    }

    private static IReadOnlyList<StoredTurn> TurnsIn(string callSid, string payload)
    {
        var state = JsonSerializer.Deserialize<CallStatePayload>(payload, StateJson) ?? throw new InvalidDataException($"Call {callSid}: empty state");
        return [.. state.Turns.Select(t => new StoredTurn(callSid, t.Seq, t.Speaker, t.Text))];
    }

    // The part of the call grain's JSON state these tests compare with the projection.
    private sealed record CallStatePayload(IReadOnlyList<TurnPayload> Turns);

    private sealed record TurnPayload(long Seq, string Speaker, string Text);
}
