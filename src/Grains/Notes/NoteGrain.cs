using Concierge.Grains.Interfaces.Notes;
using Concierge.Grains.Interfaces.Projections;
using Concierge.Grains.Interfaces.Telephony;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans;
using Orleans.Runtime;

namespace Concierge.Grains.Notes;

/// <summary>
/// One SMS or WhatsApp note. <see cref="ReceiveAsync"/> only records it (the webhook acknowledges once that is durable);
/// the work runs afterwards on a timer of this activation: download and transcribe voice notes, read the text, store the
/// artifacts, reply once. Each step's result is saved as it is reached; a failed attempt is retried with a doubling wait,
/// and a note still pending after a restart is picked up by the sweep (<c>NoteSweeper</c>), which activates it.
/// </summary>
[GrainType("note")]
public sealed partial class NoteGrain(
    [PersistentState("note", GrainStorage.Name)] IPersistentState<NoteState> state,
    IProjectionWriter projections,
    INoteReader reader,
    ITranscriber transcriber,
    IMessageMedia media,
    NoteArtifactWriter artifacts,
    ITelephony telephony,
    IOptions<NotesOptions> options,
    TimeProvider time,
    ILogger<NoteGrain> logger) : Grain, INoteGrain
{
    private NextAttempt Next => field ??= new(this, AttemptAsync);

    private NoteState Note => state.State;

    private string NoteId => this.GetPrimaryKeyString();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        ContinueIfPending();
        return Task.CompletedTask;
    }

    public async Task<NoteRecord> ReceiveAsync(IncomingNote message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (Note.Message is null)
        {
            Note.Message = message;
            Note.ReceivedAt = time.GetUtcNow();
            Note.Status = NoteStatuses.Received;
            Note.NextAttemptAt = Note.ReceivedAt;
            await SaveAsync(cancellationToken);
            Next.Schedule(TimeSpan.Zero);
        }

        return Record()!;
    }

    public Task<NoteRecord?> GetAsync() => Task.FromResult(Record());

    public Task ResumeAsync()
    {
        ContinueIfPending();
        return Task.CompletedTask;
    }

    /// <summary>Schedules the next attempt of a pending note; a waiting voice note goes on once a transcription model is configured.</summary>
    private void ContinueIfPending()
    {
        if (Note.Message is null || Next.IsScheduled)
        {
            return;
        }

        if (Note.Status == NoteStatuses.Waiting && transcriber.IsConfigured)
        {
            Note.Status = NoteStatuses.Received; // saved with the attempt's first step
        }

        if (Note.Status == NoteStatuses.Received)
        {
            Next.Schedule(Note.NextAttemptAt ?? time.GetUtcNow(), time);
        }
    }

    /// <summary>One attempt at the remaining steps; a failure counts, and the note is retried later or ends as failed.</summary>
    private async Task AttemptAsync(CancellationToken cancellationToken)
    {
        if (Note.Status != NoteStatuses.Received)
        {
            return;
        }

        try
        {
            if (await ReadAsync(cancellationToken) is not { } text)
            {
                return; // waiting for a transcription model, or refused
            }

            await StoreAsync(text, cancellationToken);
            await ReplyAsync(NoteReplies.Processed(Note.Reading!), cancellationToken);
            Note.Status = NoteStatuses.Processed;
            Note.ProcessedAt = time.GetUtcNow();
            Note.Error = null;
            Note.NextAttemptAt = null;
            await SaveAsync(CancellationToken.None);
            await artifacts.ForgetReceivedAsync(Note.Message!.CompanyId, NoteId, Note.AudioExtensions, CancellationToken.None);
        }
        catch (MediaRefusedException refused)
        {
            await RefuseAsync(refused.Message, cancellationToken);
        }
        catch (Exception e)
        {
            await FailedAttemptAsync(e);
        }
    }

    /// <summary>The note's full text once read (the reading saved); null when it must wait or was refused.</summary>
    private async Task<string?> ReadAsync(CancellationToken cancellationToken)
    {
        var message = Note.Message!;
        if (message.Media.Count > 0 && Note.Transcript is null)
        {
            if (message.Media.Select(m => media.RefusalOf(m.ContentType)).FirstOrDefault(r => r is not null) is { } refusal)
            {
                await RefuseAsync(refusal, cancellationToken);
                return null;
            }

            if (Note.AudioExtensions.Count == 0)
            {
                await KeepReceivedMediaAsync(message, cancellationToken);
            }

            if (!transcriber.IsConfigured)
            {
                Note.Status = NoteStatuses.Waiting;
                Note.NextAttemptAt = null;
                await SaveAsync(cancellationToken);
                return null;
            }

            var transcripts = new List<string>();
            for (var i = 0; i < Note.AudioExtensions.Count; i++)
            {
                var audio = await artifacts.ReadReceivedAsync(message.CompanyId, NoteId, i, Note.AudioExtensions[i], cancellationToken);
                transcripts.Add(await transcriber.TranscribeAsync(audio, cancellationToken));
            }

            Note.Transcript = string.Join("\n", transcripts);
            await SaveAsync(cancellationToken);
        }

        var text = FullText(message.Body, Note.Transcript);
        if (Note.Reading is null)
        {
            Note.Reading = await reader.ReadAsync(text, cancellationToken);
            await SaveAsync(cancellationToken);
        }

        return text;
    }

    /// <summary>Downloads every media item (within the type and size limits) and keeps it: a voice note is stored before it is transcribed.</summary>
    private async Task KeepReceivedMediaAsync(IncomingNote message, CancellationToken cancellationToken)
    {
        var extensions = new List<string>();
        for (var i = 0; i < message.Media.Count; i++)
        {
            var fetched = await media.FetchAsync(message.Media[i], cancellationToken);
            await artifacts.KeepReceivedAsync(message.CompanyId, NoteId, i, fetched, cancellationToken);
            extensions.Add(fetched.Extension);
        }

        Note.AudioExtensions = extensions;
        await SaveAsync(cancellationToken);
    }

    private async Task StoreAsync(string text, CancellationToken cancellationToken)
    {
        var message = Note.Message!;
        await artifacts.WriteTextAsync(message.CompanyId, NoteId, text, Note.Reading!, cancellationToken);
        List<string> stored = [NoteArtifacts.FullText, NoteArtifacts.Summary];
        if (Note.AudioExtensions.Count > 0)
        {
            await artifacts.WriteAudioAsync(message.CompanyId, NoteId, Note.Reading!.Intent, Note.AudioExtensions[0], cancellationToken);
            stored.Insert(0, NoteArtifacts.Audio);
        }

        Note.Artifacts = stored;
    }

    private async Task RefuseAsync(string reason, CancellationToken cancellationToken)
    {
        Note.Status = NoteStatuses.Refused;
        Note.Error = reason;
        Note.NextAttemptAt = null;
        var language = string.IsNullOrWhiteSpace(Note.Message!.Body) ? "en" : Offline.OfflineNoteReader.LanguageOf(Note.Message.Body);
        try
        {
            await ReplyAsync(NoteReplies.Refused(language, reason), cancellationToken);
        }
        catch (TelephonyException e)
        {
            LogReplyFailed(logger, e, NoteId);
        }

        await SaveAsync(CancellationToken.None);
    }

    /// <summary>
    /// Sends the one reply. Marked as started (and saved) before it is handed to the network, so it is never sent twice: a
    /// failure that may have delivered it is not retried; one that certainly did not (refused, never connected) is.
    /// </summary>
    private async Task ReplyAsync(string body, CancellationToken cancellationToken)
    {
        if (Note.ReplyStartedAt is not null)
        {
            return;
        }

        var message = Note.Message!;
        Note.Reply = body;
        Note.ReplyStartedAt = time.GetUtcNow();
        await SaveAsync(cancellationToken);
        try
        {
            Note.ReplySid = await telephony.SendMessageAsync(new OutboundMessage(message.To, message.From, body), cancellationToken);
            Note.RepliedAt = time.GetUtcNow();
        }
        catch (TelephonyException e) when (!e.MayHaveHappened)
        {
            Note.ReplyStartedAt = null;
            throw;
        }
        catch (TelephonyException e)
        {
            LogReplyFailed(logger, e, NoteId); // it may have arrived: not sent again
        }
    }

    private async Task FailedAttemptAsync(Exception e)
    {
        Note.Attempts++;
        Note.Error = e is TelephonyException or MediaRefusedException ? e.Message : $"{e.GetType().Name}: {e.Message}";
        var settings = options.Value;
        if (Note.Attempts >= settings.MaxAttempts)
        {
            Note.Status = NoteStatuses.Failed;
            Note.NextAttemptAt = null;
        }
        else
        {
            Note.NextAttemptAt = time.GetUtcNow() + settings.RetryDelay(Note.Attempts);
        }

        LogAttemptFailed(logger, e, NoteId, Note.Attempts, Note.Status);
        await SaveAsync(CancellationToken.None);
        if (Note.Status == NoteStatuses.Received)
        {
            Next.Schedule(Note.NextAttemptAt!.Value, time);
        }
    }

    private Task SaveAsync(CancellationToken cancellationToken)
    {
        projections.Upsert(NoteRows.Of(NoteId, Note, time.GetUtcNow()));
        return state.WriteStateAsync(cancellationToken);
    }

    private NoteRecord? Record() => Note.Message is { } message
        ? new NoteRecord(
            NoteId, message.CompanyId, message.SenderPhone, message.SenderName,
            message.From.StartsWith(Interfaces.Companies.MessageSenders.WhatsAppPrefix, StringComparison.OrdinalIgnoreCase) ? "whatsapp" : "sms",
            message.Body, message.Media.Count, Note.Reading is null ? null : FullText(message.Body, Note.Transcript),
            Note.Reading?.Intent, Note.Reading?.Language, Note.Reading?.Summary, Note.Reading?.ReadBy, Note.Status, Note.Error, Note.Attempts,
            Note.Artifacts, Note.ReceivedAt, Note.ProcessedAt, Note.RepliedAt, Note.Reply, Note.AudioExtensions.FirstOrDefault())
        : null;

    /// <summary>The typed body and the transcript, each on its own line.</summary>
    private static string FullText(string body, string? transcript) =>
        string.Join("\n", new[] { body, transcript }.Where(t => !string.IsNullOrWhiteSpace(t)));

    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning, Message = "Note {NoteId}: attempt {Attempt} failed; the note is now {Status}")]
    private static partial void LogAttemptFailed(ILogger logger, Exception exception, string noteId, int attempt, string status);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning, Message = "Note {NoteId}: the reply may not have reached the sender; it is not sent again")]
    private static partial void LogReplyFailed(ILogger logger, Exception exception, string noteId);
}
