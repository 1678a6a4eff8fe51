using Concierge.Grains.Interfaces.Calls;
using Concierge.Silo.Storage;

namespace Concierge.Silo.Queries;

/// <summary>One line of a call's conversation, as a list shows it next to the call.</summary>
public sealed class CallLine
{
    public string CallSid { get; init; } = "";

    public int Seq { get; init; }

    public string Speaker { get; init; } = "";

    public string Text { get; init; } = "";
}

/// <summary>
/// The words of a page of calls, for the lists that show them beside each call: the message a caller left, the lines a
/// search matched. Each call's turns are reached through their primary key (call_sid, seq), so the cost follows the page.
/// </summary>
public sealed class CallTextQueries(SqlStore storage)
{
    /// <summary>
    /// Each call's last caller line: for a call that ended with a message taken, the message itself (it is the caller's
    /// last words); for a call in progress, what the caller said last.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, string>> LastCallerLinesAsync(IReadOnlyCollection<string> callSids, CancellationToken cancellationToken = default)
    {
        if (callSids.Count == 0)
        {
            return new Dictionary<string, string>();
        }

        var lines = await storage.QueryAsync<CallLine>(
            "SELECT t.call_sid AS CallSid, t.seq AS Seq, t.speaker AS Speaker, t.\"text\" AS Text FROM call_turns t " +
            $"WHERE {storage.Dialect.IsAnyOf("t.call_sid", "CallSids")} AND t.seq = " +
            "(SELECT MAX(m.seq) FROM call_turns m WHERE m.call_sid = t.call_sid AND m.speaker = @Caller)",
            new { CallSids = callSids.ToArray(), Caller = TurnSpeakers.Caller },
            cancellationToken);
        return lines.ToDictionary(l => l.CallSid, l => l.Text);
    }

    /// <summary>Every caller and concierge line of <paramref name="callSids"/>, in order: a search's results find the lines it matched among them.</summary>
    public async Task<IReadOnlyList<CallLine>> SpokenLinesAsync(IReadOnlyCollection<string> callSids, CancellationToken cancellationToken = default) =>
        callSids.Count == 0
            ? []
            : await storage.QueryAsync<CallLine>(
                "SELECT call_sid AS CallSid, seq AS Seq, speaker AS Speaker, \"text\" AS Text FROM call_turns " +
                $"WHERE {storage.Dialect.IsAnyOf("call_sid", "CallSids")} AND speaker <> @System ORDER BY call_sid, seq",
                new { CallSids = callSids.ToArray(), System = TurnSpeakers.System },
                cancellationToken);
}
