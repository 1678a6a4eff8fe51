using Concierge.Grains.Interfaces.Leads;
using Concierge.Grains.Leads;
using Concierge.Silo.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans;

namespace Concierge.Silo.Leads;

/// <summary>Resumes, every <c>Concierge:Leads:SweepSeconds</c>, every lead whose next step is due (its grain schedules the step).</summary>
internal sealed class LeadSweeper(
    IGrainFactory grains, LeadQueries leads, IHostApplicationLifetime lifetime, IOptions<LeadsOptions> options, TimeProvider time, ILogger<LeadSweeper> logger)
    : DueWorkSweeper("leads due for a call", TimeSpan.FromSeconds(options.Value.SweepSeconds), lifetime, time, logger)
{
    protected override async Task<int> SweepAsync(long nowMs, CancellationToken cancellationToken)
    {
        var due = await leads.DueAsync(nowMs, Batch, cancellationToken);
        await Task.WhenAll(due.Select(leadId => grains.GetGrain<ILeadGrain>(leadId).ResumeAsync()));
        return due.Count;
    }
}
