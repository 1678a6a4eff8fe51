using System.Globalization;
using Concierge.Grains.Interfaces.Scheduling;
using Concierge.Grains.Scheduling;
using Concierge.Silo.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans;

namespace Concierge.Silo.Scheduling;

/// <summary>
/// Makes appointment texts durable (a reminder is due days after its booking): every
/// <c>Concierge:Appointments:SweepSeconds</c>, every day grain with a confirmation or reminder due is resumed, and sends
/// it. A text is marked started before it goes, so resuming a day already sending repeats nothing.
/// </summary>
internal sealed class AppointmentTextSweeper(
    IGrainFactory grains, AppointmentQueries appointments, IOptions<AppointmentsOptions> options,
    IHostApplicationLifetime lifetime, TimeProvider time, ILogger<AppointmentTextSweeper> logger)
    : DueWorkSweeper("appointment texts due", TimeSpan.FromSeconds(options.Value.SweepSeconds), lifetime, time, logger)
{
    protected override async Task<int> SweepAsync(long nowMs, CancellationToken cancellationToken)
    {
        var due = await appointments.DueTextsAsync(nowMs, Batch, cancellationToken);
        await Task.WhenAll(due.Select(day => grains.GetGrain<IAppointmentDayGrain>(
            AppointmentDays.Key(day.CompanyId, DateOnly.ParseExact(day.Day, "yyyy-MM-dd", CultureInfo.InvariantCulture))).ResumeAsync()));
        return due.Count;
    }
}
