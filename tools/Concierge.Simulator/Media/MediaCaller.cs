using System.Collections.Concurrent;
using System.Diagnostics;
using Concierge.Simulator.Calls;
using Concierge.Simulator.Load;
using Concierge.Simulator.Protocol;

namespace Concierge.Simulator.Media;

/// <summary>
/// One realtime call as Twilio and a caller make it: the ring (<c>/twilio/voice</c>), the media stream the TwiML connects,
/// the caller's frames every 20 ms at real-time pace (speech from <see cref="SyntheticSpeech"/> or silence) following a
/// <see cref="MediaCallPlan"/>, and, when the concierge closes the stream, the Connect action it asks for (the decision).
/// What it measures goes to <see cref="MediaCallStats"/>.
/// </summary>
public sealed class MediaCaller(HttpClient http, TwilioAccount account, string from, string to, MediaCallPlan plan, MediaCallStats stats)
{
    /// <summary>The decision counted when the ring was not answered with a stream (gather mode, a blocked caller).</summary>
    public const string NotConnected = "not connected to a stream";

    /// <summary>The decision counted when the caller hung up while the stream was still open.</summary>
    public const string HungUp = "hung up before a decision";

    private static readonly long FrameTicks = Stopwatch.Frequency / 50;
    private static readonly ConcurrentDictionary<(int Frames, int Voice), byte[][]> Voices = new();

    private MediaStreamClient stream = null!;
    private byte[] silence = [];
    private long next;
    private long awaitingReplyFrom;
    private long bargeInFrom;

    /// <summary>Sees every piece of audio the concierge sends, with the time it arrived (the benchmark reads its stamps).</summary>
    public Action<ReadOnlyMemory<byte>, long>? AudioObserver { get; init; }

    /// <summary>Picks one of a few synthetic voices.</summary>
    public int Voice { get; init; }

    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        var call = new SimulatedCall(http, account, from, to);
        var twiml = await call.RingAsync(cancellationToken);
        var connect = twiml.Root.Element("Connect");
        if (connect?.Element("Stream") is not { } streamVerb)
        {
            stats.Decided(NotConnected);
            return;
        }

        var parameters = streamVerb.Elements("Parameter").ToDictionary(p => (string?)p.Attribute("name") ?? "", p => (string?)p.Attribute("value") ?? "", StringComparer.Ordinal);
        var started = Stopwatch.GetTimestamp();
        await using (stream = await MediaStreamClient.ConnectAsync(http.BaseAddress!, account, (string?)streamVerb.Attribute("url") ?? "", call.CallSid, parameters, cancellationToken))
        {
            stream.AudioReceived += Heard;
            stream.Cleared += Cleared;
            if (AudioObserver is { } observer)
            {
                stream.AudioReceived += observer;
            }

            silence = stream.MediaMessage(SyntheticSpeech.SilentFrame);
            var speech = Voices.GetOrAdd(((int)(plan.SpeakFor.TotalMilliseconds / 20), Voice % 7), key => SyntheticSpeech.Frames(key.Frames, key.Voice))
                .Select(frame => stream.MediaMessage(frame)).ToArray();
            next = Stopwatch.GetTimestamp();
            await SilenceAsync(TimeSpan.FromMilliseconds(500), cancellationToken); // the greeting
            var interrupting = false;
            for (var turn = 0; turn < plan.Turns && (plan.Until == 0 || Stopwatch.GetTimestamp() < plan.Until) && !stream.Closed.IsCompleted; turn++)
            {
                await SpeakAsync(speech, interrupting, cancellationToken);
                var heard = await AwaitReplyAsync(cancellationToken);
                interrupting = heard && turn % 2 == 0;
                await SilenceAsync(interrupting ? plan.InterruptAfter : plan.ListenFor, cancellationToken);
            }

            await SilenceAsync(plan.SilenceAtEnd, cancellationToken, untilClosed: true);
            var seconds = (int)Stopwatch.GetElapsedTime(started).TotalSeconds;
            if (stream.Closed.IsCompleted && connect.Attribute("action")?.Value is { } action)
            {
                stats.Decided(Decision(await call.PostTwimlAsync(account.PathAndQueryOf(action), [], cancellationToken)));
            }
            else
            {
                await stream.StopAsync();
                stats.Decided(HungUp);
            }

            using var _ = await call.HangUpAsync(seconds, cancellationToken: cancellationToken);
        }
    }

    /// <summary>What the caller meets once the stream has closed, by the TwiML's first verb.</summary>
    private static string Decision(Twiml next) =>
        next.Dial is not null ? CallOutcomes.Transferred
        : next.Root.Element("Record") is not null ? CallOutcomes.MessageTaken
        : next.Listens ? "screened in gather mode"
        : next.IsServiceTrouble ? CallOutcomes.ServiceTrouble
        : next.HangsUp || next.Rejects ? CallOutcomes.CompletedOrBlocked
        : "other: " + next.Root.Elements().FirstOrDefault()?.Name.LocalName;

    private async Task SpeakAsync(byte[][] speech, bool interrupting, CancellationToken cancellationToken)
    {
        for (var i = 0; i < speech.Length; i++)
        {
            await FrameAsync(speech[i], cancellationToken, bargeIn: interrupting && i == 0);
        }

        if (Interlocked.Exchange(ref bargeInFrom, 0) is var from and not 0)
        {
            stats.NotCleared(from);
        }
    }

    /// <summary>Silence until the first reply audio arrives; false when none came in time.</summary>
    private async Task<bool> AwaitReplyAsync(CancellationToken cancellationToken)
    {
        // The caller's speech ends as this frame goes out: its clock starts before the send, as the model's can only start
        // once the frame arrives. A stamp taken after the send returned would run late by however long this process
        // waited for a thread (on a loaded machine, sometimes longer than the model's whole delay).
        var from = await FrameAsync(silence, cancellationToken);
        Volatile.Write(ref awaitingReplyFrom, from);
        while (Volatile.Read(ref awaitingReplyFrom) != 0 && Stopwatch.GetElapsedTime(from) < plan.ReplyTimeout && !stream.Closed.IsCompleted)
        {
            await FrameAsync(silence, cancellationToken);
        }

        if (Interlocked.Exchange(ref awaitingReplyFrom, 0) != 0)
        {
            stats.NotHeard(from);
            return false;
        }

        return true;
    }

    private async Task SilenceAsync(TimeSpan duration, CancellationToken cancellationToken, bool untilClosed = false)
    {
        var from = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(from) < duration && !(untilClosed && stream.Closed.IsCompleted))
        {
            await FrameAsync(silence, cancellationToken);
        }
    }

    /// <summary>
    /// Sends one frame on the 20 ms clock: a caller late by more than a few frames skips ahead rather than bursting. Returns
    /// when the frame was handed to the socket (now, if the stream had closed).
    /// </summary>
    /// <param name="bargeIn">This frame starts speech over the reply: the barge-in's clock starts as it is sent.</param>
    private async Task<long> FrameAsync(byte[] message, CancellationToken cancellationToken, bool bargeIn = false)
    {
        var now = Stopwatch.GetTimestamp();
        next = Math.Max(next + FrameTicks, now - 5 * FrameTicks);
        if (next > now)
        {
            await Task.Delay(Stopwatch.GetElapsedTime(now, next), cancellationToken);
        }

        var sending = Stopwatch.GetTimestamp();
        if (stream.Closed.IsCompleted)
        {
            return sending;
        }

        if (bargeIn)
        {
            Volatile.Write(ref bargeInFrom, sending);
        }

        try
        {
            await stream.SendAsync(message, cancellationToken);
            stats.Sent(Stopwatch.GetTimestamp());
        }
        catch (Exception e) when (e is System.Net.WebSockets.WebSocketException or ObjectDisposedException or InvalidOperationException)
        {
            // the concierge closed the stream: Closed completes
        }

        return sending;
    }

    private void Heard(ReadOnlyMemory<byte> audio, long at)
    {
        if (Interlocked.Exchange(ref awaitingReplyFrom, 0) is var from and not 0)
        {
            stats.Heard(from, at);
        }
    }

    private void Cleared(long at)
    {
        if (Interlocked.Exchange(ref bargeInFrom, 0) is var from and not 0)
        {
            stats.ClearedAfter(from, at);
        }
    }
}
