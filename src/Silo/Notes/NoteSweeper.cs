using Concierge.Grains.Interfaces.Notes;
using Concierge.Grains.Notes;
using Concierge.Silo.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans;

namespace Concierge.Silo.Notes;

/// <summary>
/// Resumes, every <c>Concierge:Notes:SweepSeconds</c>, every note whose attempt is due (its grain schedules the attempt)
/// and, once a transcription model is configured, every voice note that waited for one.
/// </summary>
internal sealed class NoteSweeper(
    IGrainFactory grains, NoteQueries notes, ITranscriber transcriber, IOptions<NotesOptions> options,
    IHostApplicationLifetime lifetime, TimeProvider time, ILogger<NoteSweeper> logger)
    : DueWorkSweeper("notes due for processing", TimeSpan.FromSeconds(options.Value.SweepSeconds), lifetime, time, logger)
{
    protected override async Task<int> SweepAsync(long nowMs, CancellationToken cancellationToken)
    {
        var due = (await notes.DueAsync(nowMs, Batch, cancellationToken)).ToList();
        if (transcriber.IsConfigured)
        {
            due.AddRange(await notes.WaitingAsync(Batch, cancellationToken));
        }

        await Task.WhenAll(due.Select(noteId => grains.GetGrain<INoteGrain>(noteId).ResumeAsync()));
        return due.Count;
    }
}
