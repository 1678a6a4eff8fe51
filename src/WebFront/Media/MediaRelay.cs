using System.Net.WebSockets;
using Concierge.Grains.Calls;
using Concierge.Grains.Interfaces.Calls;
using Concierge.Silo.Realtime;
using Concierge.WebFront.Logging;
using Concierge.WebFront.Twilio;
using Orleans;

namespace Concierge.WebFront.Media;

/// <summary>
/// One Twilio media stream relayed to the realtime model, living with the socket: caller μ-law frames to the model as they
/// came (buffered until the model's socket opens, never dropped), the model's audio back to Twilio with a mark per delta.
/// The call grain hears of the start (its one-time token), the turns, the decision and nothing per frame. When the model
/// decides, or fails, the relay closes Twilio's socket: Twilio then asks the Connect action what next (the decision's
/// step, or gather-mode screening after a failure), so the caller never sits on a silent line.
/// </summary>
public sealed partial class MediaRelay(WebSocketLink twilio, MediaRelayServices services) : IDisposable
{
    private const int FillerDelayMs = 800;

    private readonly CancellationTokenSource life = new();
    private readonly List<byte[]> early = [];
    private RelayConversation conversation = null!;
    private ICallGrain call = null!;
    private StreamBrief brief = null!;
    private string callSid = "";
    private WebSocketLink? model;
    private bool modelOpen;
    private bool ending;
    private int silences;
    private Task turnWrites = Task.CompletedTask;
    private ITimer? fillerTimer;
    private ITimer? silenceTimer;
    private ITimer? capTimer;

    private RealtimeOptions Options => services.Connector.Options;

    /// <summary>The stream request's log scope: it gets the CallSid once the start names the call, so the relay's lines carry it.</summary>
    public LogCorrelation? Correlation { get; init; }

    public async Task RunAsync(CancellationToken aborted)
    {
        using var link = CancellationTokenSource.CreateLinkedTokenSource(aborted, life.Token);
        Task modelTask = Task.CompletedTask;
        try
        {
            var outbox = new RelayOutbox();
            while (!link.IsCancellationRequested)
            {
                var message = await twilio.ReceiveAsync(link.Token);
                if (message.IsEmpty)
                {
                    break; // Twilio closed the stream: the caller hung up, or our close came back
                }

                var start = Handle(message.Span, outbox);
                if (start is not null)
                {
                    if (!await StartAsync(start))
                    {
                        await twilio.CloseAsync(WebSocketCloseStatus.PolicyViolation, "stream refused");
                        return;
                    }

                    modelTask = RunModelAsync(link.Token);
                }

                await outbox.FlushAsync(twilio, model, link.Token);
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            // the caller's line is gone: nothing more to relay
        }
        finally
        {
            await life.CancelAsync();
            await modelTask;
            fillerTimer?.Dispose();
            silenceTimer?.Dispose();
            capTimer?.Dispose();
            if (conversation is not null)
            {
                lock (conversation.Gate)
                {
                    WriteTurns();
                }

                await turnWrites;
            }
        }
    }

    public void Dispose()
    {
        fillerTimer?.Dispose();
        silenceTimer?.Dispose();
        capTimer?.Dispose();
        life.Dispose();
    }

    /// <summary>A Twilio message: audio to the model (or the early buffer), a mark played, the stop. Answers the start to check.</summary>
    private MediaStreamStart? Handle(ReadOnlySpan<byte> json, RelayOutbox outbox)
    {
        var message = TwilioMediaMessage.Read(json);
        switch (message.Kind)
        {
            case TwilioMediaEvent.Start when conversation is null:
                return message.Start;
            case TwilioMediaEvent.Media when conversation is not null:
                lock (conversation.Gate)
                {
                    if (!modelOpen)
                    {
                        early.Add(message.Payload.ToArray());
                        return null;
                    }

                    InputAudio.Append(message.Payload, outbox);
                }

                return null;
            case TwilioMediaEvent.Mark when conversation is not null:
                lock (conversation.Gate)
                {
                    if (conversation.Played(message.Name))
                    {
                        ArmSilence();
                    }
                }

                return null;
            case TwilioMediaEvent.Stop:
                life.Cancel();
                return null;
            case TwilioMediaEvent.Malformed:
                LogMalformed(services.Logger);
                return null;
            default:
                return null;
        }
    }

    /// <summary>The stream's start: its token must be one the call issued and never used.</summary>
    private async Task<bool> StartAsync(MediaStreamStart start)
    {
        callSid = start.Parameter(MediaStreamTwiml.CallSidParameter) ?? "";
        var token = start.Parameter(MediaStreamTwiml.TokenParameter);
        if (token is null || !TwilioWebhook.IsSid(callSid) || (start.CallSid.Length > 0 && start.CallSid != callSid))
        {
            LogRefused(services.Logger, "the start names no call, or another call than Twilio's");
            return false;
        }

        Correlation?.CallSid = callSid;

        call = services.Grains.GetGrain<ICallGrain>(callSid);
        if (await call.StreamStartedAsync(token) is not { } given)
        {
            LogRefused(services.Logger, "the call did not issue its token, or it was used");
            return false;
        }

        brief = given;
        conversation = new RelayConversation(new TwilioMediaWriter(start.StreamSid), services.Time);
        capTimer = services.Time.CreateTimer(_ => _ = DecideAsync(new StreamDecision(StreamTools.TimeLimit)), null, TimeSpan.FromSeconds(brief.MaxSeconds), Timeout.InfiniteTimeSpan);
        return true;
    }

    private async Task RunModelAsync(CancellationToken cancellationToken)
    {
        try
        {
            model = await services.Preopened.TakeAsync(callSid, cancellationToken);
            await model.SendAsync(RealtimeSessionUpdate.For(brief, Options), cancellationToken);
            await model.SendAsync(RealtimeSessionUpdate.Say(brief.Greeting), cancellationToken);
            await SendEarlyAudioAsync(cancellationToken);
            var outbox = new RelayOutbox();
            while (!cancellationToken.IsCancellationRequested)
            {
                var message = await model.ReceiveAsync(cancellationToken);
                if (message.IsEmpty)
                {
                    throw new WebSocketException(WebSocketError.ConnectionClosedPrematurely, "The model closed the session.");
                }

                var decision = HandleModel(message.Span, outbox);
                await outbox.FlushAsync(twilio, model, cancellationToken);
                if (decision is not null)
                {
                    _ = DecideAsync(decision); // the loop goes on: the reply before the decision still has to reach the caller
                }
            }
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            LogModelFailed(services.Logger, e);
            await EndAsync(); // no decision: the Connect action moves the caller to gather-mode screening
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // the call is over (the caller hung up, or the stream closed after the decision): the model's session goes with it
        }
        finally
        {
            if (model is not null)
            {
                await model.CloseAsync(WebSocketCloseStatus.NormalClosure, "call over");
                model.Dispose();
            }
        }
    }

    /// <summary>Caller audio that arrived while the model's socket opened, in order, then the switch to sending directly.</summary>
    private async Task SendEarlyAudioAsync(CancellationToken cancellationToken)
    {
        var outbox = new RelayOutbox();
        while (true)
        {
            lock (conversation.Gate)
            {
                if (early.Count == 0)
                {
                    modelOpen = true;
                    return;
                }

                foreach (var payload in early)
                {
                    InputAudio.Append(payload, outbox);
                }

                early.Clear();
            }

            await outbox.FlushAsync(twilio, model, cancellationToken);
        }
    }

    private StreamDecision? HandleModel(ReadOnlySpan<byte> json, RelayOutbox outbox)
    {
        var update = RealtimeEvent.Read(json);
        lock (conversation.Gate)
        {
            switch (update.Kind)
            {
                case RealtimeEventKind.SpeechStarted:
                    silenceTimer?.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
                    conversation.SpeechStarted(outbox);
                    break;
                case RealtimeEventKind.SpeechStopped:
                    conversation.SpeechStopped();
                    fillerTimer ??= services.Time.CreateTimer(_ => PlayFiller(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
                    fillerTimer.Change(TimeSpan.FromMilliseconds(FillerDelayMs), Timeout.InfiniteTimeSpan);
                    break;
                case RealtimeEventKind.ResponseCreated:
                    conversation.ResponseCreated(update.ResponseId);
                    break;
                case RealtimeEventKind.AudioDelta when !update.Delta.IsEmpty:
                    conversation.Audio(update.ItemId, update.ResponseId, update.Delta, outbox);
                    break;
                case RealtimeEventKind.OutputTranscriptDone:
                    conversation.ReplyTranscript(update.ResponseId, update.Text);
                    break;
                case RealtimeEventKind.InputTranscriptCompleted:
                    conversation.CallerSaid(update.Text);
                    break;
                case RealtimeEventKind.ResponseDone:
                    conversation.ResponseDone(update.ResponseId, outbox);
                    WriteTurns();
                    if (conversation.Idle)
                    {
                        ArmSilence();
                    }

                    break;
                case RealtimeEventKind.FunctionCall:
                    return ToolCallDecision.Read(update.Name, update.Arguments);
                case RealtimeEventKind.Error:
                    LogModelError(services.Logger, update.Text ?? "");
                    break;
            }
        }

        return null;
    }

    private void PlayFiller()
    {
        var outbox = new RelayOutbox();
        lock (conversation.Gate)
        {
            if (!conversation.Filler(services.Fillers.For(brief.Language), outbox))
            {
                return;
            }
        }

        _ = SendAsync(outbox);
    }

    /// <summary>After our reply has played: ask once more when the caller stays silent, then end the call.</summary>
    private void ArmSilence()
    {
        silenceTimer ??= services.Time.CreateTimer(_ => Silence(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        silenceTimer.Change(TimeSpan.FromSeconds(Options.SilenceSeconds), Timeout.InfiniteTimeSpan);
    }

    private void Silence()
    {
        lock (conversation.Gate)
        {
            if (!conversation.Idle || conversation.CallerSpeaking || ending)
            {
                return;
            }

            silences++;
        }

        if (silences == 1)
        {
            var outbox = new RelayOutbox();
            outbox.Add(toModel: true, RealtimeSessionUpdate.Say(CallScript.Reprompt(brief.Language)));
            _ = SendAsync(outbox);
        }
        else
        {
            _ = DecideAsync(new StreamDecision(StreamTools.Silence));
        }
    }

    private async Task SendAsync(RelayOutbox outbox)
    {
        try
        {
            await outbox.FlushAsync(twilio, model, life.Token);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // the stream is ending
        }
    }

    /// <summary>The decision goes to the call; once the reply before it has played, the stream closes and Twilio asks what next.</summary>
    private async Task DecideAsync(StreamDecision decision)
    {
        lock (conversation.Gate)
        {
            if (ending)
            {
                return;
            }

            WriteTurns();
        }

        try
        {
            await turnWrites;
            await call.StreamDecidedAsync(decision);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogDecisionFailed(services.Logger, e);
        }

        for (var waited = 0; waited < 5000 && !life.IsCancellationRequested; waited += 50)
        {
            lock (conversation.Gate)
            {
                if (conversation.Idle)
                {
                    break;
                }
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50), services.Time, CancellationToken.None);
        }

        await EndAsync();
    }

    private async Task EndAsync()
    {
        lock (conversation.Gate)
        {
            if (ending)
            {
                return;
            }

            ending = true;
            WriteTurns();
        }

        await turnWrites;
        await twilio.CloseAsync(WebSocketCloseStatus.NormalClosure, "next step");
    }

    /// <summary>Sends the turns gathered so far to the call, after those sent before (under the gate).</summary>
    private void WriteTurns()
    {
        var turns = conversation.TakeTurns();
        if (turns.Length > 0)
        {
            var previous = turnWrites;
            turnWrites = WriteAsync(previous, turns);
        }
    }

    private async Task WriteAsync(Task previous, StreamTurn[] turns)
    {
        await previous;
        try
        {
            await call.StreamTurnsAsync(turns);
        }
        catch (Exception e)
        {
            LogTurnsFailed(services.Logger, e, turns.Length);
        }
    }

    [LoggerMessage(EventId = 4401, Level = LogLevel.Warning, Message = "Refused a media stream: {Why}")]
    private static partial void LogRefused(ILogger logger, string why);

    [LoggerMessage(EventId = 4402, Level = LogLevel.Debug, Message = "Ignored a media-stream message that is not one of Twilio's")]
    private static partial void LogMalformed(ILogger logger);

    [LoggerMessage(EventId = 4403, Level = LogLevel.Warning, Message = "The realtime model failed mid-call; the caller goes on in gather mode")]
    private static partial void LogModelFailed(ILogger logger, Exception e);

    [LoggerMessage(EventId = 4404, Level = LogLevel.Warning, Message = "The realtime model reported an error: {Error}")]
    private static partial void LogModelError(ILogger logger, string error);

    [LoggerMessage(EventId = 4405, Level = LogLevel.Error, Message = "Could not record the realtime model's decision")]
    private static partial void LogDecisionFailed(ILogger logger, Exception e);

    [LoggerMessage(EventId = 4406, Level = LogLevel.Error, Message = "Could not record {Count} turns of a realtime call")]
    private static partial void LogTurnsFailed(ILogger logger, Exception e, int count);
}
