using System.Buffers.Text;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Concierge.Grains.Interfaces.Calls;

namespace Concierge.WebFront.Media;

/// <summary>
/// The state of one relayed call that both sockets and the timers touch, changed only under <see cref="Gate"/>: what is
/// playing to the caller (tracked with Twilio's acknowledged marks), barge-in, the filler, and the turns for the call log.
/// Each event composes its messages into an outbox the caller sends once the lock is released.
/// </summary>
public sealed class RelayConversation(TwilioMediaWriter twilio, TimeProvider time)
{
    /// <summary>μ-law at 8 kHz: 8 bytes a millisecond.</summary>
    private const int BytesPerMs = 8;

    private const string FillerMark = "f";

    /// <summary>
    /// Reply audio between two marks: Twilio echoes every mark, so a mark after each of the model's deltas (as small as
    /// 20 ms) would double the messages both ways; 100 ms keeps a barge-in's truncation within 100 ms of what was heard.
    /// </summary>
    private const int MarkEveryBytes = 100 * BytesPerMs;

    private readonly Queue<(long Seq, string Item, int EndMs)> marks = new();
    private readonly List<StreamTurn> turns = [];
    private long markSeq;
    private string? playingItem;
    private int playingBytes;
    private int unmarkedBytes;
    private string? heardItem;
    private int heardMs;
    private readonly List<(byte[] Response, string Text)> transcripts = [];
    private byte[]? generating;
    private byte[]? answering;
    private byte[]? talkedOver;
    private long stoppedAt;
    private bool awaitingReply;
    private int? responseHeardMs;
    private bool fillerPlaying;
    private bool fillerPlayed;

    public object Gate { get; } = new();

    /// <summary>The clears composed so far: audio composed before one and not yet sent is dropped (<see cref="RelayOutbox"/>).</summary>
    public ClearCount Clears { get; } = new();

    /// <summary>The caller is speaking (between the model's speech_started and speech_stopped).</summary>
    public bool CallerSpeaking { get; private set; }

    /// <summary>Nothing is playing or being generated: the floor is the caller's.</summary>
    public bool Idle => generating is null && marks.Count == 0 && !fillerPlaying;

    /// <summary>A reply is awaited and no reply audio has reached Twilio yet (the filler's condition).</summary>
    public bool AwaitingReply => awaitingReply;

    /// <summary>Stopwatch timestamp of the last barge-in's <c>clear</c> (the benchmark's reaction time).</summary>
    public long LastClearAt { get; private set; }

    /// <summary>The caller started speaking: if our reply is playing or on its way, drop it and tell the model what was heard.</summary>
    public void SpeechStarted(RelayOutbox outbox)
    {
        CallerSpeaking = true;
        awaitingReply = false;
        answering = null;
        if (Idle)
        {
            return;
        }

        if (generating is { Length: > 0 })
        {
            talkedOver = generating; // the model cancels it, but audio it already sent may still be on its way
        }

        Clear(outbox);
        LastClearAt = Stopwatch.GetTimestamp();
        if (playingItem is { } item)
        {
            var heard = heardItem == item ? heardMs : 0;
            outbox.Add(toModel: true, Truncate(item, heard));
            turns.Add(new StreamTurn(TurnSpeakers.System, "", time.GetUtcNow(), HeardMs: heard));
        }

        marks.Clear(); // their acknowledgements, if Twilio still sends them, were never heard
        unmarkedBytes = 0;
        playingItem = null;
        fillerPlaying = false;
    }

    public void SpeechStopped()
    {
        CallerSpeaking = false;
        stoppedAt = Stopwatch.GetTimestamp();
        awaitingReply = true;
        answering = null;
        responseHeardMs = null;
        fillerPlayed = false;
    }

    /// <summary>
    /// The model began a response. The first one begun after the caller stopped speaking is the one that answers them: its
    /// first audio, and no other response's (a greeting still streaming, a reply the caller talked over), is the response
    /// time heard.
    /// </summary>
    public void ResponseCreated(ReadOnlySpan<byte> response)
    {
        generating = response.ToArray();
        if (awaitingReply && answering is null)
        {
            answering = generating;
        }
    }

    /// <summary>
    /// Reply audio from the model: to Twilio as it came, with a mark every 100 ms of it to learn when it has played. Audio of
    /// a response the caller talked over is dropped: the caller has heard it cleared and the model has cancelled it.
    /// </summary>
    public void Audio(string? itemId, ReadOnlySpan<byte> response, ReadOnlySpan<byte> base64, RelayOutbox outbox)
    {
        if (!response.IsEmpty && talkedOver is not null && response.SequenceEqual(talkedOver))
        {
            return;
        }

        if (awaitingReply && Answers(response))
        {
            awaitingReply = false;
            responseHeardMs = (int)Stopwatch.GetElapsedTime(stoppedAt).TotalMilliseconds;
            if (fillerPlaying)
            {
                Clear(outbox);
                fillerPlaying = false;
            }
        }

        var item = itemId ?? "";
        if (item != playingItem)
        {
            MarkPlayed(outbox); // the previous item's tail
            playingItem = item;
            playingBytes = 0;
        }

        var media = twilio.Media(outbox.Rent(twilio.Size(base64.Length), out var buffer), base64);
        outbox.AddAudio(buffer, media, Clears);
        var bytes = Base64.GetMaxDecodedFromUtf8Length(base64.Length) - Padding(base64);
        playingBytes += bytes;
        unmarkedBytes += bytes;
        if (unmarkedBytes >= MarkEveryBytes)
        {
            MarkPlayed(outbox);
        }
    }

    /// <summary>The filler clip, when a reply is still awaited and none is playing.</summary>
    public bool Filler(IReadOnlyList<byte[]> clip, RelayOutbox outbox)
    {
        if (!awaitingReply || fillerPlaying || CallerSpeaking)
        {
            return false;
        }

        foreach (var payload in clip)
        {
            var length = twilio.Media(outbox.Rent(twilio.Size(payload.Length), out var buffer), payload);
            outbox.AddAudio(buffer, length, Clears);
        }

        var markLength = twilio.Mark(outbox.Rent(twilio.Size(1), out var mark), "f"u8);
        outbox.AddAudio(mark, markLength, Clears);
        fillerPlaying = fillerPlayed = true;
        return true;
    }

    /// <summary>Twilio played the audio up to mark <paramref name="name"/>; true when nothing is left playing.</summary>
    public bool Played(string? name)
    {
        if (name == FillerMark)
        {
            fillerPlaying = false;
        }
        else if (long.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var seq))
        {
            while (marks.TryPeek(out var mark) && mark.Seq <= seq)
            {
                marks.Dequeue();
                (heardItem, heardMs) = (mark.Item, mark.EndMs);
            }
        }

        return Idle;
    }

    public void CallerSaid(string? text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            turns.Add(new StreamTurn(TurnSpeakers.Caller, text.Trim(), time.GetUtcNow()));
        }
    }

    /// <summary>What the model said in <paramref name="response"/>, kept for its turn.</summary>
    public void ReplyTranscript(ReadOnlySpan<byte> response, string? text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            transcripts.Add((response.ToArray(), text.Trim()));
        }
    }

    /// <summary>
    /// A response is complete: a mark after its last audio (to learn when it has all played), and its turn joins the log,
    /// with the response time heard and whether the filler played when it is the one that answered the caller.
    /// </summary>
    public void ResponseDone(ReadOnlySpan<byte> response, RelayOutbox outbox)
    {
        MarkPlayed(outbox);
        if (Is(response, generating))
        {
            generating = null;
        }

        var answered = Is(response, answering);
        if (TakeTranscript(response) is { } text)
        {
            turns.Add(new StreamTurn(TurnSpeakers.Concierge, text, time.GetUtcNow(), answered ? responseHeardMs : null, answered && fillerPlayed));
        }

        if (answered)
        {
            answering = null;
            awaitingReply = false; // a reply without audio (a decision alone) leaves nothing to wait for
            responseHeardMs = null;
            fillerPlayed = false;
        }
    }

    /// <summary>The turns not yet sent to the call, taken.</summary>
    public StreamTurn[] TakeTurns()
    {
        var taken = turns.ToArray();
        turns.Clear();
        return taken;
    }

    /// <summary>Audio of <paramref name="response"/> answers the caller's last words (any audio does, from a model that names no response).</summary>
    private bool Answers(ReadOnlySpan<byte> response) => response.IsEmpty || (answering is not null && response.SequenceEqual(answering));

    /// <summary>Whether an event of <paramref name="response"/> is about <paramref name="known"/> (any is, from a model that names no response).</summary>
    private static bool Is(ReadOnlySpan<byte> response, byte[]? known) => known is not null && (response.IsEmpty || response.SequenceEqual(known));

    private string? TakeTranscript(ReadOnlySpan<byte> response)
    {
        for (var i = 0; i < transcripts.Count; i++)
        {
            if (response.IsEmpty || transcripts[i].Response.Length == 0 || response.SequenceEqual(transcripts[i].Response))
            {
                var text = transcripts[i].Text;
                transcripts.RemoveAt(i);
                return text;
            }
        }

        return null;
    }

    /// <summary>A mark after the audio sent since the last one, if any: Twilio echoes it once that audio has played.</summary>
    private void MarkPlayed(RelayOutbox outbox)
    {
        if (unmarkedBytes == 0 || playingItem is not { } item)
        {
            return;
        }

        unmarkedBytes = 0;
        markSeq++;
        Span<byte> name = stackalloc byte[20];
        markSeq.TryFormat(name, out var nameLength, provider: CultureInfo.InvariantCulture);
        var mark = twilio.Mark(outbox.Rent(twilio.Size(nameLength), out var markBuffer), name[..nameLength]);
        outbox.AddAudio(markBuffer, mark, Clears);
        marks.Enqueue((markSeq, item, playingBytes / BytesPerMs));
    }

    private void Clear(RelayOutbox outbox)
    {
        Clears.Add();
        var length = twilio.Clear(outbox.Rent(twilio.Size(0), out var buffer));
        outbox.Add(toModel: false, buffer, length);
    }

    private static byte[] Truncate(string item, int audioEndMs) => Encoding.UTF8.GetBytes(
        $"{{\"type\":\"conversation.item.truncate\",\"item_id\":{System.Text.Json.JsonSerializer.Serialize(item)},\"content_index\":0,\"audio_end_ms\":{audioEndMs.ToString(CultureInfo.InvariantCulture)}}}");

    private static int Padding(ReadOnlySpan<byte> base64) => base64.EndsWith("=="u8) ? 2 : base64.EndsWith("="u8) ? 1 : 0;
}
