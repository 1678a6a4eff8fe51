using Concierge.Grains.Interfaces.Callers;
using Concierge.Grains.Interfaces.Calls;
using Concierge.Grains.Interfaces.Companies;
using Concierge.Grains.Interfaces.Projections;
using Concierge.Grains.Interfaces.Scheduling;
using Concierge.Grains.Interfaces.Screening;
using Concierge.Grains.Calls.Streams;
using Concierge.Grains.Screening;
using Concierge.Grains.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans;
using Orleans.Runtime;

namespace Concierge.Grains.Calls;

/// <summary>
/// One call, from the first ring to the status callback: exception-list bypass, screening turn by turn,
/// transfer with whisper and fallback to a message, and the call log. Every method saves before it answers,
/// so what Twilio was told is always in the log.
/// </summary>
[GrainType("call")]
public sealed partial class CallGrain(
    [PersistentState("call", GrainStorage.Name)] IPersistentState<CallState> state,
    IProjectionWriter projections,
    Screener screener,
    TimeProvider time,
    ILogger<CallGrain> logger) : Grain, ICallGrain
{
    /// <summary>After this many caller turns the screener must decide rather than ask again.</summary>
    public const int MaxCallerTurns = 3;

    /// <summary>Why a call that ended on a technical problem before any decision ended.</summary>
    public const string TroubleReason = "The caller was told of a technical problem before a decision.";

    /// <summary>
    /// Twilio reports a call over (status callback) a moment after it hangs up. A call neither reported over nor heard
    /// from this long after its caller was told of a technical problem is over: its status callback was lost.
    /// </summary>
    public static readonly TimeSpan TroubleSilence = TimeSpan.FromMinutes(1);

    private CallJournal? journal;
    private CallSteps? steps;
    private CallHandover? handover;
    private CallStream? stream;
    private CallBooking? booking;

    /// <summary>What the caller grain last heard about this call: an update it already has is not sent again.</summary>
    private CallerCallUpdate? callerKnows;

    private CallState Call => state.State;

    private CallJournal Journal => journal ??= new CallJournal(this.GetPrimaryKeyString(), state, projections, time);

    private CallSteps Steps => steps ??= new CallSteps(state, Journal);

    private CallHandover Handover => handover ??= new CallHandover(GrainFactory, state, Journal, time);
    private CallBooking Booking => booking ??= new CallBooking(GrainFactory, state, Journal, Steps, time, ServiceProvider.GetService<IBookingInterpreter>());

    private CallStream Stream => stream ??= new CallStream(state, Journal, Steps, ServiceProvider.GetService<RealtimeVoice>() ?? RealtimeVoice.Unconfigured, Booking);


    public async Task<CallStep> StartAsync(IncomingCall incoming, CancellationToken cancellationToken = default)
    {
        if (state.RecordExists)
        {
            return Steps.Resume();
        }

        Call.CompanyId = incoming.CompanyId;
        Call.From = incoming.From;
        Call.To = incoming.To;
        Call.StartedAt = Journal.Now;
        Call.CallerName = incoming.CallerIdName;
        var policy = await GrainFactory.GetGrain<ICompanyGrain>(incoming.CompanyId).LookUpCallerAsync(incoming.From);
        Call.CallerKey = policy.Caller is null ? null : CallerKey.For(incoming.CompanyId, policy.Caller);
        var standing = Call.CallerKey is null
            ? new CallerStanding(CallerHistory.None, Blocked: false)
            : CallerStarted(await CallerGrain().CallStartedAsync(new CallerCallStart(this.GetPrimaryKeyString(), Call.StartedAt, policy.Exception?.Name, incoming.CallerIdName)));
        Call.Company = policy.Settings;
        Call.History = standing.History;
        Call.Language = Steps.OwnerLanguage;
        Call.CallerName = policy.Exception?.Name ?? standing.History.KnownName ?? Call.CallerName;

        CallStep step;
        if (policy.Exception is { } exception)
        {
            var onTheList = CallLogLines.OnExceptionList(exception.Category);
            Call.Reason = onTheList;
            Call.DecidedBy = "exception list";
            step = await Booking.OfferToExceptionCallerAsync(exception.Name)
                ?? (CallStep?)Steps.Transfer(CallScript.PuttingThrough(exception.Name, Call.Language), CallDecisions.TransferredException, whisper: false)
                ?? Steps.TakeMessage(CallLogLines.NoOwnerPhone(onTheList));
        }
        else if (standing.Blocked)
        {
            Call.Phase = CallPhase.Ended;
            Call.Decision = CallDecisions.Blocked;
            Call.Reason = CallLogLines.Blocked;
            Call.DecidedBy = "caller history";
            Journal.Event(CallLogLines.RejectedBlocked);
            step = new RejectStep();
        }
        else
        {
            Call.Phase = CallPhase.Screening;
            var greeting = policy.Settings.Greeting ?? CallScript.Greeting(Steps.OwnerName, Call.Language);
            step = (CallStep?)Stream.Open(greeting) ?? Steps.Listen(greeting);
        }

        await SaveAndNotifyAsync(cancellationToken);
        return step;
    }

    public async Task<CallStep> HearAsync(CallerInput input, CancellationToken cancellationToken = default)
    {
        if (!state.RecordExists)
        {
            return CallSteps.Lost();
        }

        var turn = input.Turn ?? Call.ListenTurn;
        if (turn == Call.HeardTurn && Call.HeardReply is { } reply)
        {
            return reply; // heard already: Twilio sent it again, or someone replayed it
        }

        var speech = input.Speech?.Trim();
        if (Call.Phase == CallPhase.Screening && turn == Call.ListenTurn && await Booking.HearAsync(speech, input.Confidence) is { } booked)
        {
            Heard(turn, booked);
            await SaveAndNotifyAsync(cancellationToken);
            return booked;
        }

        return Call.Phase switch
        {
            _ when turn != Call.ListenTurn => Steps.Resume(), // an answer to an earlier listening: the call has moved on
            CallPhase.Screening when string.IsNullOrEmpty(speech) => await SilenceAsync(turn, cancellationToken),
            CallPhase.Screening => await ScreenAsync(turn, speech, input.Confidence, cancellationToken),
            CallPhase.AwaitingMessage => await RecordMessageAsync(turn, speech, input.Confidence, cancellationToken),
            _ => new HangUpStep(CallScript.Goodbye(Call.Language), Call.Language),
        };
    }

    public async Task<CallStep> DialEndedAsync(DialResult result, CancellationToken cancellationToken = default)
    {
        if (!state.RecordExists)
        {
            return CallSteps.Lost();
        }

        if (Call.PendingDecision is null || Call.TransferOutcome is not null)
        {
            // No transfer pending, or a result already recorded (sent again): change nothing. A caller still asked for a
            // message hears the request again, so a retried result does not hang up on them.
            return Call.Phase == CallPhase.AwaitingMessage ? Steps.Resume() : new HangUpStep("", Call.Language);
        }

        var connected = result.Status is "completed" or "answered" && result.Bridged != false && !Call.OwnerDeclined;
        Call.TransferOutcome = connected ? "completed"
            : Call.OwnerDeclined ? "declined"
            : result.Status is "completed" or "answered" ? "not_accepted" // the owner's phone answered (voicemail, or no key pressed) but the caller was never connected
            : result.Status;
        Journal.Event(connected ? CallLogLines.OwnerTookTheCall(result.DurationSeconds) : CallLogLines.TransferNotTaken(Call.TransferOutcome));
        Call.Decision = connected ? Call.PendingDecision : CallDecisions.TransferFailed;

        CallStep step;
        if (connected || Call.Phase == CallPhase.Ended)
        {
            Call.Phase = CallPhase.Ended;
            step = new HangUpStep("", Call.Language);
        }
        else
        {
            step = Steps.AskForMessage();
        }

        await SaveAndNotifyAsync(cancellationToken);
        return step;
    }

    public Task<WhisperStep> WhisperAsync()
    {
        var ownerLanguage = Steps.OwnerLanguage;
        return Task.FromResult(state.RecordExists && Call.Phase == CallPhase.Transferring
            ? new WhisperStep(CallScript.Whisper(Call.CallerName, Call.Purpose, Call.Category, ownerLanguage), ownerLanguage, AwaitKey: true, Connect: false)
            : new WhisperStep("", ownerLanguage, AwaitKey: false, Connect: false));
    }

    public async Task<WhisperStep> WhisperAnsweredAsync(string? digits, CancellationToken cancellationToken = default)
    {
        var ownerLanguage = Steps.OwnerLanguage;
        if (!state.RecordExists || Call.Phase != CallPhase.Transferring)
        {
            return new WhisperStep("", ownerLanguage, AwaitKey: false, Connect: false);
        }

        if (!Call.OwnerAnswered)
        {
            Call.OwnerAnswered = true;
            Call.OwnerDeclined = digits != "1";
            Journal.Event(CallLogLines.OwnerAnsweredTheWhisper(Call.OwnerDeclined));
            await Journal.SaveAsync(cancellationToken);
        }

        // The owner's leg gathers one key: another reply for the same transfer is that one sent again.
        return Call.OwnerDeclined
            ? new WhisperStep(CallScript.WhisperDeclined(ownerLanguage), ownerLanguage, AwaitKey: false, Connect: false)
            : new WhisperStep("", ownerLanguage, AwaitKey: false, Connect: true);
    }

    /// <summary>
    /// Records the end Twilio reported, then lets the activation go: an ended call is read rarely (the dashboard, a late
    /// callback), and those reads come back from the store, so memory holds calls in progress rather than every call of
    /// the last quarter of an hour.
    /// </summary>
    public async Task CallEndedAsync(CallEnded ended, CancellationToken cancellationToken = default)
    {
        DeactivateOnIdle();
        if (!state.RecordExists || Call.EndedAt is not null)
        {
            return;
        }

        Call.EndedAt = Journal.Now;
        Call.DurationSeconds = ended.DurationSeconds;
        if (Call.Decision is null)
        {
            Call.Decision = CallDecisions.Abandoned;
            Call.Reason ??= CallLogLines.HungUpBeforeDecision;
            if (Call.Phase == CallPhase.Transferring)
            {
                Call.TransferOutcome = "caller_hung_up";
            }
        }

        Call.Phase = CallPhase.Ended;
        Journal.Event(CallLogLines.CallEnded(ended.Status, ended.DurationSeconds));
        await SaveAndNotifyAsync(() => CallMetrics.Ended(Call), cancellationToken);
    }

    public async Task<bool> TroubleToldAsync(TroubleTold trouble)
    {
        var recording = new CallTrouble(state, Journal).Record(trouble);
        if (recording == TroubleRecording.Recorded)
        {
            await SaveAndNotifyAsync();
        }

        return recording != TroubleRecording.NotYet;
    }

    public async Task<StreamBrief?> StreamStartedAsync(string token)
    {
        var brief = state.RecordExists ? await Stream.StartAsync(token) : null;
        if (brief is not null)
        {
            await Journal.SaveAsync(); // used before it is answered: a replayed start is refused even after a restart
        }

        return brief;
    }

    public async Task StreamTurnsAsync(IReadOnlyList<StreamTurn> turns)
    {
        if (state.RecordExists && turns.Count > 0)
        {
            Stream.Record(turns);
            await Journal.SaveAsync();
        }
    }

    public async Task<bool> StreamDecidedAsync(StreamDecision decision)
    {
        if (!state.RecordExists || !Stream.Decide(decision))
        {
            return false;
        }

        await SaveAndNotifyAsync();
        if (decision.Tool == StreamTools.BlockCaller && Call.CallerKey is not null)
        {
            await NotifyAsync(() => CallerGrain().BlockAsync(Call.Reason ?? CallLogLines.Blocked));
        }

        return true;
    }

    public async Task<CallStep> StreamEndedAsync(CancellationToken cancellationToken = default)
    {
        if (!state.RecordExists)
        {
            return CallSteps.Lost();
        }

        var before = Call.Turns.Count;
        var step = await Stream.EndedAsync() ?? Steps.Resume();
        if (Call.Turns.Count != before)
        {
            await Journal.SaveAsync(cancellationToken);
        }

        return step;
    }

    public Task<CallRecord?> GetAsync() => Task.FromResult(state.RecordExists ? Journal.ToRecord() : null);

    private async Task<CallStep> ScreenAsync(int turn, string speech, double? confidence, CancellationToken cancellationToken)
    {
        Journal.Caller(speech, confidence);
        Call.CallerTurns++;
        var context = new ScreeningContext(
            Steps.OwnerName,
            Call.Company?.ScreeningInstructions ?? "",
            Call.Company?.Languages ?? ["en-US"],
            [.. Call.Turns.Where(t => t.Speaker != TurnSpeakers.System).Select(t => new ConversationTurn(t.Speaker == TurnSpeakers.Caller ? Speaker.Caller : Speaker.Concierge, t.Text))],
            Call.History,
            Call.CallerTurns,
            MaxCallerTurns);
        var outcome = await screener.ScreenAsync(context, cancellationToken);
        var decision = outcome.Decision;
        Call.Language = CallScript.TagFor(decision.Language, context.Languages);
        Call.CallerName = decision.CallerName ?? Call.CallerName;
        Call.Purpose = decision.Purpose ?? Call.Purpose;
        Call.Category = decision.Category;
        Call.Reason = decision.Reason;
        Call.DecidedBy = outcome.Brain;

        var step = Heard(turn, await Handover.StartAsync(this.GetPrimaryKeyString(), decision, outcome, speech) ?? decision.Action switch
        {
            ScreeningAction.Transfer => (CallStep?)Steps.Transfer(decision.Reply, CallDecisions.Transferred, Call.Company?.Whisper ?? true, outcome)
                ?? Steps.TakeMessage(CallLogLines.NoOwnerPhone(decision.Reason), TakingAMessage(outcome)),
            ScreeningAction.Ask when !context.IsLastTurn => Steps.Listen(decision.Reply, outcome),
            ScreeningAction.Ask => Steps.AskForMessage(null, TakingAMessage(outcome)), // a brain that asks once too often gets a message taken, not a fourth question
            ScreeningAction.TakeMessage => Steps.AskForMessage(decision.Reply, outcome),
            ScreeningAction.Block => Steps.End(decision.Reply, CallDecisions.Blocked, outcome),
            _ => Steps.End(decision.Reply, CallDecisions.Completed, outcome),
        });

        await SaveAndNotifyAsync(cancellationToken);
        if (decision.Action is ScreeningAction.Block && Call.CallerKey is not null)
        {
            await NotifyAsync(() => CallerGrain().BlockAsync(decision.Reason, cancellationToken));
        }

        return step;
    }

    private async Task<CallStep> SilenceAsync(int turn, CancellationToken cancellationToken)
    {
        Call.Silences++;
        if (Call.Silences < 2)
        {
            var reprompt = Heard(turn, Steps.Listen(CallScript.Reprompt(Call.Language)));
            await Journal.SaveAsync(cancellationToken);
            return reprompt;
        }

        Call.Reason = CallLogLines.NoSpeech;
        Call.DecidedBy = "concierge";
        var step = Heard(turn, Steps.End(CallScript.NoSpeechGoodbye(Call.Language), CallDecisions.EndedNoSpeech));
        await SaveAndNotifyAsync(cancellationToken);
        return step;
    }

    private async Task<CallStep> RecordMessageAsync(int turn, string? speech, double? confidence, CancellationToken cancellationToken)
    {
        CallStep step;
        if (string.IsNullOrEmpty(speech))
        {
            Journal.Event(CallLogLines.NoMessageLeft);
            step = Steps.End(CallScript.NoMessageGoodbye(Call.Language), Call.Decision ?? CallDecisions.EndedNoSpeech);
        }
        else
        {
            Journal.Caller(speech, confidence);
            Journal.Event(CallLogLines.MessageTaken);
            Call.Message = speech;
            step = Steps.End(CallScript.MessageThanks(Call.Language), CallDecisions.MessageTaken);
        }

        Heard(turn, step);
        await SaveAndNotifyAsync(cancellationToken);
        return step;
    }

    /// <summary>Keeps <paramref name="reply"/> as the answer to <paramref name="turn"/>, saved with the turn, for a repeat of it.</summary>
    private CallStep Heard(int turn, CallStep reply)
    {
        Call.HeardTurn = turn;
        Call.HeardReply = reply;
        return reply;
    }

    /// <summary>
    /// The screening as the call log shows it when the caller is asked for a message instead of what the brain chose (no
    /// owner phone to ring, or one question too many): the turn says what happened to the caller.
    /// </summary>
    private static ScreeningOutcome TakingAMessage(ScreeningOutcome outcome) =>
        outcome with { Decision = outcome.Decision with { Action = ScreeningAction.TakeMessage } };

    private ICallerGrain CallerGrain() => GrainFactory.GetGrain<ICallerGrain>(Call.CallerKey!);

    /// <summary>
    /// The caller's rows ride with this call's first commit (one durable write per call start); the caller grain already
    /// holds the call as it starts (no decision yet, the name it gave), so telling it that again is skipped.
    /// </summary>
    private CallerStanding CallerStarted(CallerCallStarted started)
    {
        projections.Upsert(started.Row);
        projections.InsertIfAbsent(started.Call);
        callerKnows = new CallerCallUpdate(started.Call.CallSid, null, null, started.Call.NameGiven);
        return started.Standing;
    }

    private Task SaveAndNotifyAsync(CancellationToken cancellationToken = default) => SaveAndNotifyAsync(null, cancellationToken);

    /// <summary>
    /// Saves, runs <paramref name="saved"/> once the write has committed, then updates the caller's history.
    /// <paramref name="cancellationToken"/> is the webhook's: once it gives up, a save not yet committed writes nothing,
    /// and the secondary history update stops waiting.
    /// </summary>
    private async Task SaveAndNotifyAsync(Action? saved, CancellationToken cancellationToken)
    {
        await Journal.SaveAsync(cancellationToken);
        saved?.Invoke(); // committed: the caller's history below may still fail the turn, but what it counts is stored
        if (Call.CallerKey is not null)
        {
            var update = new CallerCallUpdate(this.GetPrimaryKeyString(), Call.Decision, Call.Category?.ToString().ToLowerInvariant(), Call.CallerName);
            if (update != callerKnows && await NotifyAsync(() => CallerGrain().CallUpdatedAsync(update, cancellationToken)))
            {
                callerKnows = update;
            }
        }
    }

    /// <summary>
    /// The call's own log is already saved; the caller's history is secondary, so a failure to update it is
    /// logged rather than costing the caller their answer.
    /// </summary>
    private async Task<bool> NotifyAsync(Func<Task> update)
    {
        try
        {
            await update();
            return true;
        }
        catch (Exception e) when (e is not ProjectionConflictException)
        {
            logger.LogWarning(e, "Could not update the caller's history for call {CallSid}", this.GetPrimaryKeyString());
            return false;
        }
    }
}
