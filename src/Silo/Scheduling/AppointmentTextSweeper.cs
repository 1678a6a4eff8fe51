using System.Globalization;
using Concierge.Grains.Interfaces.Scheduling;
using Concierge.Grains.Scheduling;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans;

namespace Concierge.Silo.Scheduling;

/// <summary>
/// What makes appointment texts durable (there is no reminder provider on SQLite, and a reminder is due days after its
/// booking): once the host has started, and then every <c>Concierge:Appointments:SweepSeconds</c>, every day grain with
/// a confirmation or reminder due is resumed, and sends it. A text is marked started before it goes, so resuming a day
/// already sending repeats nothing, and every node may sweep.
/// </summary>
internal sealed partial class AppointmentTextSweeper(
    IGrainFactory grains, AppointmentQueries appointments, IOptions<AppointmentsOptions> options, TimeProvider time, ILogger<AppointmentTextSweeper> logger)
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

    /// <summary>Resumes the days with a text due now; returns how many.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var due = await appointments.DueTextsAsync(time.GetUtcNow().ToUnixTimeMilliseconds(), Batch, cancellationToken);
        await Task.WhenAll(due.Select(day => grains.GetGrain<IAppointmentDayGrain>(
            AppointmentDays.Key(day.CompanyId, DateOnly.ParseExact(day.Day, "yyyy-MM-dd", CultureInfo.InvariantCulture))).ResumeAsync()));
        return due.Count;
    }

    [LoggerMessage(EventId = 4161, Level = LogLevel.Warning, Message = "The sweep of appointment texts due failed; it runs again at its next tick")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);
}
