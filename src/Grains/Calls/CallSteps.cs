using Concierge.Grains.Interfaces.Calls;
using Concierge.Grains.Screening;
using Orleans.Runtime;

namespace Concierge.Grains.Calls;

/// <summary>
/// What the caller hears next, and the phase and decision that go with it. Every line said is journaled with the
/// screening that produced it, so the call log shows exactly what the caller heard.
/// </summary>
internal sealed class CallSteps(IPersistentState<CallState> state, CallJournal journal)
{
    private CallState Call => state.State;

    public string OwnerName => Call.Company?.OwnerName ?? "";

    /// <summary>The owner's first language: the call starts in it, and the whisper uses it.</summary>
    public string OwnerLanguage => Call.Company is { Languages: [var first, ..] } ? first : "en-US";

    /// <summary>Rings the owner, or returns null when no owner phone is configured.</summary>
    public TransferStep? Transfer(string prompt, string decision, bool whisper, ScreeningOutcome? screening = null)
    {
        if (Call.Company?.OwnerPhone is not { } ownerPhone)
        {
            return null;
        }

        Call.Phase = CallPhase.Transferring;
        Call.PendingDecision = decision;
        journal.Concierge(prompt, screening);
        journal.Event(CallLogLines.Ringing(whisper));
        return new TransferStep(prompt, ownerPhone, Call.Company.RingSeconds, whisper, Call.Language);
    }

    /// <summary>Says <paramref name="prompt"/> and listens, as the call's next numbered turn.</summary>
    public ListenStep Listen(string prompt, ScreeningOutcome? screening = null, int? answerWithinSeconds = null)
    {
        journal.Concierge(prompt, screening);
        Call.ListenTurn++;
        return new ListenStep(prompt, Call.Language, Call.ListenTurn, answerWithinSeconds);
    }

    public ListenStep TakeMessage(string reason, ScreeningOutcome? screening = null)
    {
        Call.Reason = reason;
        return AskForMessage(null, screening);
    }

    /// <summary>Asks for a message (in the screener's words when given) and listens for it.</summary>
    public ListenStep AskForMessage(string? prompt = null, ScreeningOutcome? screening = null)
    {
        Call.Phase = CallPhase.AwaitingMessage;
        return Listen(prompt ?? CallScript.LeaveAMessage(OwnerName, Call.Language), screening);
    }

    public HangUpStep End(string farewell, string decision, ScreeningOutcome? screening = null)
    {
        Call.Phase = CallPhase.Ended;
        Call.Decision = decision;
        journal.Concierge(farewell, screening);
        return new HangUpStep(farewell, Call.Language);
    }

    /// <summary>The step for a redelivered webhook: repeat what the caller was last told, at the turn the call is at.</summary>
    public CallStep Resume() => Call.Phase switch
    {
        CallPhase.Screening or CallPhase.AwaitingMessage => new ListenStep(Call.LastPrompt ?? CallScript.Reprompt(Call.Language), Call.Language, Call.ListenTurn),
        CallPhase.Transferring when Call.HeardReply is TransferStep { HandoverToken: not null } handover => handover, // to the agent line, not the owner
        CallPhase.Transferring when Call.Company?.OwnerPhone is { } owner =>
            new TransferStep(Call.LastPrompt ?? "", owner, Call.Company.RingSeconds, Call.PendingDecision == CallDecisions.Transferred && Call.Company.Whisper, Call.Language),
        _ when Call.Decision == CallDecisions.Blocked && Call.CallerTurns == 0 => new RejectStep(),
        _ => new HangUpStep(CallScript.Goodbye(Call.Language), Call.Language),
    };

    /// <summary>A webhook for a call this node never started (an unknown CallSid): end politely, record nothing.</summary>
    public static HangUpStep Lost() => new(ServiceTrouble.Announcement, ServiceTrouble.Language);
}
