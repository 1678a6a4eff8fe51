using Concierge.Grains.Interfaces.Calls;
using Concierge.Grains.Interfaces.Projections;
using Concierge.Grains.Screening;
using Concierge.Grains.Telemetry;
using Orleans.Runtime;

namespace Concierge.Grains.Calls;

/// <summary>
/// Records a call's turns and keeps its call-log rows (calls, call_turns) in step with its state: every
/// save writes the state, the new turns and the call summary in one transaction.
/// </summary>
internal sealed class CallJournal(string callSid, IPersistentState<CallState> state, IProjectionWriter projections, TimeProvider time)
{
    private CallState Call => state.State;

    public DateTimeOffset Now => time.GetUtcNow();

    public void Concierge(string text, ScreeningOutcome? screening = null, DateTimeOffset? at = null)
    {
        Call.LastPrompt = text;
        Add(new CallTurn(Call.Turns.Count + 1, TurnSpeakers.Concierge, text, at ?? Now, screening?.LatencyMs, screening?.Brain, screening is null ? null : ActionName(screening)));
    }

    public void Caller(string text, double? confidence) =>
        Add(new CallTurn(Call.Turns.Count + 1, TurnSpeakers.Caller, text, Now, Confidence: confidence));

    /// <summary>A turn heard on a live media stream: its own time, and for the concierge its response time and brain.</summary>
    public void Streamed(string speaker, string text, DateTimeOffset at, int? latencyMs, string? brain)
    {
        if (speaker == TurnSpeakers.Concierge)
        {
            Call.LastPrompt = text;
        }

        Add(new CallTurn(Call.Turns.Count + 1, speaker, text, at, latencyMs, brain));
    }

    public void Event(string text, DateTimeOffset? at = null) => Add(new CallTurn(Call.Turns.Count + 1, TurnSpeakers.System, text, at ?? Now));

    /// <summary>Saves the state with the turns and summary recorded; a turn cancelled before the commit writes nothing.</summary>
    public async Task SaveAsync(CancellationToken cancellationToken = default)
    {
        var firstWrite = !state.RecordExists; // a call starts, or a technical problem is the first thing known of it
        projections.Upsert(ToRow());
        await state.WriteStateAsync(cancellationToken);
        if (firstWrite)
        {
            CallMetrics.Stored();
        }
    }

    public CallRecord ToRecord() => new(
        callSid, Call.CompanyId, Call.From, Call.To, Call.CallerName, Status, Call.Decision, Call.Reason, Call.TransferOutcome,
        Category, Call.DecidedBy, Call.Message, Call.StartedAt, Call.EndedAt, Call.DurationSeconds, [.. Call.Turns]);

    private string? Category => Call.Category?.ToString().ToLowerInvariant();

    private string Status => Call.Phase switch
    {
        CallPhase.Screening => CallStatuses.Screening,
        CallPhase.Transferring => CallStatuses.Transferring,
        CallPhase.AwaitingMessage => CallStatuses.AwaitingMessage,
        _ => CallStatuses.Ended,
    };

    private void Add(CallTurn turn)
    {
        Call.Turns.Add(turn);
        projections.InsertIfAbsent(new TurnRow(
            callSid, turn.Seq, Call.CompanyId, turn.Speaker, turn.Text, turn.At.ToUnixTimeMilliseconds(), turn.LatencyMs, turn.Brain, turn.Action, turn.Confidence));
    }

    /// <summary>The call as the call log keeps it: the one mapping from the grain's state to its projection row.</summary>
    private CallRow ToRow() => new()
    {
        CallSid = callSid,
        CompanyId = Call.CompanyId,
        FromNumber = Call.From,
        ToNumber = Call.To,
        CallerName = Call.CallerName,
        Status = Status,
        FinalDecision = Call.Decision,
        Reason = Call.Reason,
        TransferOutcome = Call.TransferOutcome,
        Category = Category,
        DecidedBy = Call.DecidedBy,
        StartedAtMs = Call.StartedAt.ToUnixTimeMilliseconds(),
        EndedAtMs = Call.EndedAt?.ToUnixTimeMilliseconds(),
        DurationSeconds = Call.DurationSeconds,
        TurnCount = Call.Turns.Count,
        UpdatedAtMs = Now.ToUnixTimeMilliseconds(),
    };

    private static string ActionName(ScreeningOutcome screening) => screening.Decision.Action switch
    {
        Interfaces.Screening.ScreeningAction.TakeMessage => "take_message",
        var action => action.ToString().ToLowerInvariant(),
    };
}
