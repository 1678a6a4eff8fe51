using Concierge.Silo.Storage;

namespace Concierge.Silo.Queries;

/// <summary>A call as the live page shows it: its summary, its latest turn and the caller's latest line (times in Unix milliseconds, as stored).</summary>
public sealed class LiveCall
{
    public string CallSid { get; init; } = "";

    public string FromNumber { get; init; } = "";

    public string? CallerName { get; init; }

    public string Status { get; init; } = "";

    public string? FinalDecision { get; init; }

    public string? Reason { get; init; }

    public long StartedAtMs { get; init; }

    public int? DurationSeconds { get; init; }

    public int TurnCount { get; init; }

    public long UpdatedAtMs { get; init; }

    public string? TurnSpeaker { get; init; }

    public string? TurnText { get; init; }

    public int? TurnLatencyMs { get; init; }

    public string? TurnBrain { get; init; }

    public string? TurnAction { get; init; }

    /// <summary>What the caller said last (the latest turn may be the concierge's reply to it).</summary>
    public string? CallerLine { get; init; }
}

/// <summary>
/// The calls of a company that changed after a moment, oldest change first. Served by the index
/// (company_id, updated_at_ms); the latest turn is found by its primary key (its seq is the call's turn count), the
/// caller's latest line among the call's own turns (primary key prefix), so a
/// poll costs the same whatever the size of the call log. Nodes share nothing but the database, so polling it is how
/// every node sees every other node's calls.
/// </summary>
public sealed class LiveCallQueries(SqlStore storage)
{
    public Task<IReadOnlyList<LiveCall>> ChangedSinceAsync(string companyId, long sinceMs, int take, CancellationToken cancellationToken = default) =>
        storage.QueryAsync<LiveCall>(
            storage.Dialect.Take(
                "SELECT c.call_sid AS CallSid, c.from_number AS FromNumber, c.caller_name AS CallerName, c.status AS Status, " +
                "c.final_decision AS FinalDecision, c.reason AS Reason, c.started_at_ms AS StartedAtMs, c.duration_seconds AS DurationSeconds, " +
                "c.turn_count AS TurnCount, c.updated_at_ms AS UpdatedAtMs, t.speaker AS TurnSpeaker, t.\"text\" AS TurnText, " +
                "t.latency_ms AS TurnLatencyMs, t.brain AS TurnBrain, t.\"action\" AS TurnAction, " +
                "(SELECT l.\"text\" FROM call_turns l WHERE l.call_sid = c.call_sid AND l.seq = " +
                "(SELECT MAX(m.seq) FROM call_turns m WHERE m.call_sid = c.call_sid AND m.speaker = 'caller')) AS CallerLine " +
                "FROM calls c LEFT JOIN call_turns t ON t.call_sid = c.call_sid AND t.seq = c.turn_count " +
                "WHERE c.company_id = @CompanyId AND c.updated_at_ms > @SinceMs ORDER BY c.updated_at_ms, c.call_sid"),
            new { CompanyId = companyId, SinceMs = sinceMs, Take = take },
            cancellationToken);
}
