using System.Security.Cryptography;
using System.Text;
using Concierge.Grains.Interfaces.Calls;
using Concierge.Grains.Interfaces.Companies;
using Concierge.Grains.Interfaces.Screening;
using Orleans.Runtime;

namespace Concierge.Grains.Calls.Streams;

/// <summary>
/// A call in <c>realtime</c> voice mode: the media stream it opens (with a one-time token), the turns the relay reports,
/// the voice model's decision (a tool call) and the step it leads to once the stream has closed (for a hand-over to the
/// booking dialogue, the dialogue's first step). The grain calls it; it changes the call's state and journal, and the
/// grain saves.
/// </summary>
internal sealed class CallStream(IPersistentState<CallState> state, CallJournal journal, CallSteps steps, RealtimeVoice voice, CallGrain.CallBooking booking)
{
    public const string Brain = StreamScript.Brain;

    private CallState Call => state.State;

    /// <summary>
    /// The stream step for a screened call whose company chose realtime voice and can have it; null (gather mode) otherwise,
    /// with the reason in the call log when realtime was chosen but no model is usable.
    /// </summary>
    public StreamStep? Open(string greeting)
    {
        if (Call.Company?.VoiceMode != VoiceModes.Realtime)
        {
            return null;
        }

        if (!voice.IsUsable)
        {
            journal.Event(StreamScript.GatherInstead(voice.Unusable!));
            return null;
        }

        Call.Stream = new CallStreamState { Token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), Greeting = greeting };
        journal.Event(StreamScript.LiveVoice);
        return new StreamStep(Call.Stream.Token, Call.Language);
    }

    /// <summary>
    /// The brief for the model when <paramref name="token"/> is this call's and unused (it is used now); else null. It
    /// says whether the company takes bookings by phone, for the model to be given the hand-over to the booking dialogue.
    /// </summary>
    public async Task<StreamBrief?> StartAsync(string token)
    {
        if (Call.Stream is not { Used: false } stream || Call.Phase != CallPhase.Screening
            || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(token), Encoding.UTF8.GetBytes(stream.Token)))
        {
            return null;
        }

        stream.Used = true;
        return new StreamBrief(
            steps.OwnerName, Call.Company?.ScreeningInstructions ?? "", Call.Company?.Languages ?? ["en-US"], Call.History, stream.Greeting, Call.Language, voice.MaxSeconds,
            await booking.BookingEnabledAsync());
    }

    public void Record(IReadOnlyList<StreamTurn> turns)
    {
        foreach (var turn in turns)
        {
            if (turn.Filler)
            {
                journal.Event(StreamScript.FillerPlayed, turn.At);
            }

            if (turn.Speaker == TurnSpeakers.Caller)
            {
                Call.CallerTurns++;
            }

            if (turn.Text.Length > 0) // a barge-in is an event of its own, without words
            {
                journal.Streamed(turn.Speaker, turn.Text, turn.At, turn.ResponseHeardMs, turn.Speaker == TurnSpeakers.Concierge ? Brain : null);
            }
            if (turn.HeardMs is { } heard)
            {
                journal.Event(StreamScript.Interrupted(heard), turn.At);
            }
        }
    }

    /// <summary>Records <paramref name="decision"/> and keeps the step it earns; false when the call has decided already.</summary>
    public bool Decide(StreamDecision decision)
    {
        if (Call.Stream is not { Next: null, BookingRequest: null } stream || Call.Phase != CallPhase.Screening)
        {
            return false;
        }

        Call.CallerName = decision.CallerName ?? Call.CallerName;
        Call.Purpose = decision.Purpose ?? Call.Purpose;
        Call.Category = Named<CallCategory>(decision.Category) ?? Call.Category;
        Call.DecidedBy = Brain;
        if (decision.Tool == StreamTools.BookAppointment)
        {
            // The dialogue reads the calendar, so it starts when the stream has closed (EndedAsync), not here.
            stream.BookingRequest = decision.Request ?? "";
            Call.Reason = StreamScript.HandedToBooking;
            journal.Event(StreamScript.BookingAsked(stream.BookingRequest));
            return true;
        }

        var language = Call.Language;
        stream.Next = decision.Tool switch
        {
            StreamTools.TransferCall => Transfer(decision),
            StreamTools.TakeMessage => TakeMessage(decision),
            StreamTools.BlockCaller => End(decision, CallDecisions.Blocked, CallScript.Goodbye(language), CallLogLines.Blocked),
            StreamTools.Silence => End(decision with { Reason = null }, CallDecisions.EndedNoSpeech, CallScript.NoSpeechGoodbye(language), CallLogLines.NoSpeech),
            StreamTools.TimeLimit => End(decision with { Reason = null }, CallDecisions.Completed, StreamScript.TimeLimit(language), StreamScript.TimeLimitReached),
            _ => End(decision, CallDecisions.Completed, CallScript.Goodbye(language), "The call was ended by the live voice."),
        };
        return true;
    }

    /// <summary>
    /// The step once the stream has closed: the decision's, the booking dialogue's first (started once, from the request
    /// the model handed over), or, with no decision, gather-mode screening from here (kept, so a repeat of the request
    /// answers the same). Null when the call has no stream.
    /// </summary>
    public async Task<CallStep?> EndedAsync()
    {
        if (Call.Stream is not { } stream)
        {
            return null;
        }

        if (stream is { Next: null, BookingRequest: { } request } && Call.Phase == CallPhase.Screening)
        {
            stream.Next = await booking.StartFromVoiceAsync(request);
        }
        else if (stream.Next is null && Call.Phase == CallPhase.Screening)
        {
            journal.Event(StreamScript.EndedWithoutDecision);
            stream.Used = true; // a start arriving after this is too late: the call has moved on
            stream.Next = steps.Listen(StreamScript.CarryOn(Call.Language));
        }

        return stream.Next ?? steps.Resume();
    }

    private CallStep Transfer(StreamDecision decision)
    {
        Call.Reason = StreamScript.ModelReason(decision.Reason, "The live voice put the caller through.");
        if (Named<Urgency>(decision.Urgency) == Urgency.High && Call.Category is null or CallCategory.Unknown)
        {
            Call.Category = CallCategory.Urgent;
        }

        return (CallStep?)steps.Transfer(CallScript.PuttingThrough(Call.CallerName, Call.Language), CallDecisions.Transferred, Call.Company?.Whisper ?? true)
            ?? steps.TakeMessage(CallLogLines.NoOwnerPhone(Call.Reason));
    }

    private CallStep TakeMessage(StreamDecision decision)
    {
        Call.Reason = StreamScript.ModelReason(decision.Reason, "The live voice took a message.");
        if (string.IsNullOrWhiteSpace(decision.Message))
        {
            return steps.AskForMessage();
        }

        Call.Message = decision.Message.Trim();
        journal.Event(CallLogLines.MessageTaken);
        return steps.End(CallScript.MessageThanks(Call.Language), CallDecisions.MessageTaken);
    }

    /// <summary>The value <paramref name="name"/> names, any case; null when none or unknown.</summary>
    private static T? Named<T>(string? name)
        where T : struct, Enum =>
        Enum.TryParse<T>(name, ignoreCase: true, out var value) && Enum.IsDefined(value) ? value : null;

    private HangUpStep End(StreamDecision decision, string outcome, string farewell, string fallbackReason)
    {
        Call.Reason = StreamScript.ModelReason(decision.Reason, fallbackReason);
        return steps.End(farewell, outcome);
    }
}
