using Concierge.Grains.Interfaces.Calls;
using Concierge.Simulator.Calls;
using Concierge.Simulator.Load;
using Concierge.Simulator.Protocol;

namespace Concierge.Faults.Tests.Crash;

/// <summary>
/// What a 2xx from a webhook promises, checked against the store: the concierge saves before it answers, so whatever
/// the caller was told, and whatever they said that was acknowledged, must be in the call log and in the grain's state.
/// Returns the broken promises, one line each.
/// </summary>
internal static class AcknowledgedEffects
{
    /// <param name="failover">
    /// A node died during the load: a call whose grain lived there waits for the cluster to notice, and its webhook may
    /// get the polite service-trouble answer instead. That answer promises nothing (the turn may or may not have run);
    /// without a failover it would be a broken promise.
    /// </param>
    public static IReadOnlyList<string> Violations(IEnumerable<CallResult> calls, CallLogSnapshot log, bool failover = false)
    {
        var violations = new List<string>();
        foreach (var result in calls)
        {
            violations.AddRange(ViolationsOf(result, log, failover));
        }

        foreach (var (callSid, call) in log.Calls)
        {
            violations.AddRange(ConsistencyOf(callSid, call, log));
        }

        violations.AddRange(log.Turns.Where(turns => !log.Calls.ContainsKey(turns.Key)).Select(turns => $"{turns.Key}: turns without a calls row"));
        return violations;
    }

    /// <summary>Each acknowledged webhook of one simulated call, against the stored call.</summary>
    private static IEnumerable<string> ViolationsOf(CallResult result, CallLogSnapshot log, bool failover)
    {
        var callSid = result.Call.CallSid;
        var answered = result.Call.Exchanges.Where(e => e.IsOk).ToList();
        List<WebhookExchange> acknowledged = failover ? [.. answered.Where(e => !IsServiceTrouble(e))] : answered;
        if (acknowledged.Count == 0 || (failover && acknowledged.All(e => e.Kind == WebhookKind.Status)))
        {
            yield break; // nothing promised; or only the end of a call whose start was apologised for, which never existed
        }

        if (!log.Calls.TryGetValue(callSid, out var call) || !log.GrainTurns.ContainsKey(callSid))
        {
            yield return $"{callSid}: {acknowledged.Count} webhooks acknowledged ({string.Join(", ", acknowledged.Select(e => e.Kind))}) but no calls row or no grain state";
            yield break;
        }

        var turns = log.Turns[callSid].ToList();
        var spokenByConcierge = turns.Where(t => t.Speaker == TurnSpeakers.Concierge).Select(t => t.Text).ToHashSet(StringComparer.Ordinal);
        foreach (var exchange in acknowledged)
        {
            foreach (var violation in PromisesOf(exchange, call, turns, spokenByConcierge))
            {
                yield return $"{callSid} {exchange.Kind}: {violation}";
            }
        }

        // Each acknowledged utterance is one caller turn; a request cut off by the kill, or answered with an apology during a
        // failover, may have committed one more.
        var heard = acknowledged.Count(Utterance);
        var callerTurns = turns.Count(t => t.Speaker == TurnSpeakers.Caller);
        var cutOff = (result.Outcome is CallOutcomes.Error or CallOutcomes.Cancelled ? 1 : 0) + answered.Count(Utterance) - heard;
        if (callerTurns < heard || callerTurns > heard + cutOff)
        {
            yield return $"{callSid}: {heard} utterances acknowledged (+{cutOff} cut off) but {callerTurns} caller turns stored";
        }
    }

    private static bool Utterance(WebhookExchange exchange) =>
        exchange.Kind == WebhookKind.Gather && !string.IsNullOrWhiteSpace(exchange.Field("SpeechResult"));

    /// <summary>
    /// The concierge's failure answer: the apology to the caller, or on the owner's leg a hang-up with nothing said (an
    /// accepted whisper answers an empty document, a declined one says it will take a message).
    /// </summary>
    private static bool IsServiceTrouble(WebhookExchange exchange)
    {
        if (exchange.Kind == WebhookKind.Status)
        {
            return false;
        }

        var twiml = Twiml.Parse(exchange.Body);
        return twiml.IsServiceTrouble || (exchange.Kind == WebhookKind.Whisper && twiml.HangsUp && !twiml.Sayings.Any());
    }

    private static IEnumerable<string> PromisesOf(WebhookExchange exchange, StoredCall call, List<StoredTurn> turns, HashSet<string> spokenByConcierge)
    {
        if (exchange.Kind == WebhookKind.Status)
        {
            if (call.EndedAtMs is null)
            {
                yield return "the end of the call was acknowledged but not stored";
            }

            yield break;
        }

        var twiml = Twiml.Parse(exchange.Body);
        if (twiml.IsServiceTrouble)
        {
            yield return "answered with the service-trouble apology while the store was up";
        }

        if (exchange.Kind == WebhookKind.Whisper)
        {
            if (exchange.Field("Digits") is not null && !turns.Any(t => t.Speaker == TurnSpeakers.System && t.Text.EndsWith("after the whisper.", StringComparison.Ordinal)))
            {
                yield return "the owner's key press was acknowledged but not stored";
            }

            yield break; // the whisper's announcement is said to the owner, not logged as a turn
        }

        foreach (var said in twiml.Sayings.Where(s => !spokenByConcierge.Contains(s)))
        {
            yield return $"the caller was told \"{said}\" but no concierge turn says it";
        }

        if (exchange.Kind == WebhookKind.Gather && exchange.Field("SpeechResult")?.Trim() is { Length: > 0 } speech
            && !turns.Any(t => t.Speaker == TurnSpeakers.Caller && t.Text == speech))
        {
            yield return $"\"{speech}\" was acknowledged but no caller turn says it";
        }

        if (exchange.Kind == WebhookKind.DialResult && call.TransferOutcome is null)
        {
            yield return "the transfer's outcome was acknowledged but not stored";
        }
    }

    /// <summary>One stored call on its own: turns numbered 1..n without gaps or repeats, counted, and the same in the grain's state.</summary>
    private static IEnumerable<string> ConsistencyOf(string callSid, StoredCall call, CallLogSnapshot log)
    {
        var turns = log.Turns[callSid].OrderBy(t => t.Seq).ToList();
        if (!turns.Select(t => t.Seq).SequenceEqual(Enumerable.Range(1, turns.Count).Select(i => (long)i)))
        {
            yield return $"{callSid}: turn numbers are not 1..{turns.Count}: {string.Join(",", turns.Select(t => t.Seq))}";
        }

        if (call.TurnCount != turns.Count)
        {
            yield return $"{callSid}: calls.turn_count is {call.TurnCount} but {turns.Count} turns are stored";
        }

        if (!log.GrainTurns.TryGetValue(callSid, out var grainTurns))
        {
            yield return $"{callSid}: a calls row without grain state";
        }
        else if (!grainTurns.SequenceEqual(turns))
        {
            yield return $"{callSid}: the grain's state has {grainTurns.Count} turns that differ from the {turns.Count} in call_turns";
        }
    }
}
