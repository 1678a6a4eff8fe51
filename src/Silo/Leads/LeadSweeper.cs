using Concierge.Grains.Interfaces.Leads;
using Concierge.Grains.Leads;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans;

namespace Concierge.Silo.Leads;

/// <summary>
/// What makes lead calling survive a restart (there is no reminder provider on SQLite): once the host has started, and then
/// every <c>Concierge:Leads:SweepSeconds</c>, every lead whose next step is due is resumed (its grain activated, which
/// schedules the step). Resuming a lead already at work does nothing, so every node may sweep.
/// </summary>
internal sealed partial class LeadSweeper(
    IGrainFactory grains, LeadQueries leads, IHostApplicationLifetime lifetime, IOptions<LeadsOptions> options, TimeProvider time, ILogger<LeadSweeper> logger)
    : BackgroundService
{
    private const int Batch = 500;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The silo runs once the host has started: wait for it, or for the stop.
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        {
            await started.Task.WaitAsync(stoppingToken);
        }

        using var period = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.SweepSeconds));
        do
        {
            try
            {
                var due = await leads.DueAsync(time.GetUtcNow().ToUnixTimeMilliseconds(), Batch, stoppingToken);
                await Task.WhenAll(due.Select(leadId => grains.GetGrain<ILeadGrain>(leadId).ResumeAsync()));
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                LogSweepFailed(logger, e); // the store may be down: the next sweep tries again
            }
        }
        while (await period.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(EventId = 4211, Level = LogLevel.Warning, Message = "The sweep of leads due for a call failed; it runs again at its next tick")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);
}
