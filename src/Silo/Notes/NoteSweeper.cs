using Concierge.Grains.Interfaces.Notes;
using Concierge.Grains.Notes;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans;

namespace Concierge.Silo.Notes;

/// <summary>
/// What makes note processing survive a restart (there is no reminder provider on SQLite): once the host has started, and
/// then every <c>Concierge:Notes:SweepSeconds</c>, every note whose attempt is due is resumed (its grain activated, which
/// schedules the attempt), and once a transcription model is configured, every voice note that waited for one. Resuming
/// a note already being processed does nothing, so every node may sweep.
/// </summary>
internal sealed partial class NoteSweeper(
    IGrainFactory grains, NoteQueries notes, ITranscriber transcriber, IOptions<NotesOptions> options, TimeProvider time, ILogger<NoteSweeper> logger)
    : BackgroundService, IHostedLifecycleService
{
    private const int Batch = 500;

    private readonly TaskCompletionSource started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task StartedAsync(CancellationToken cancellationToken)
    {
        started.TrySetResult();
        return Task.CompletedTask;
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await started.Task.WaitAsync(stoppingToken); // the silo runs once the host has started
        using var period = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.SweepSeconds), time);
        do
        {
            try
            {
                await SweepAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                LogSweepFailed(logger, e); // the store may be down: the next sweep tries again
            }
        }
        while (await period.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Resumes the notes due now; returns how many.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var due = (await notes.DueAsync(time.GetUtcNow().ToUnixTimeMilliseconds(), Batch, cancellationToken)).ToList();
        if (transcriber.IsConfigured)
        {
            due.AddRange(await notes.WaitingAsync(Batch, cancellationToken));
        }

        await Task.WhenAll(due.Select(noteId => grains.GetGrain<INoteGrain>(noteId).ResumeAsync()));
        return due.Count;
    }

    [LoggerMessage(EventId = 4111, Level = LogLevel.Warning, Message = "The sweep of notes due for processing failed; it runs again at its next tick")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);
}
