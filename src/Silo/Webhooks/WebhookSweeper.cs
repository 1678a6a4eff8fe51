using Concierge.Grains.Interfaces.Webhooks;
using Concierge.Grains.Webhooks;
using Concierge.Silo.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans;

namespace Concierge.Silo.Webhooks;

/// <summary>
/// Makes the outbox survive a restart: every <c>Concierge:Webhooks:SweepSeconds</c>, every delivery whose attempt is due
/// is resumed (its grain schedules the attempt).
/// </summary>
internal sealed class WebhookSweeper(
    IGrainFactory grains, WebhookQueries deliveries, IHostApplicationLifetime lifetime, IOptions<WebhookOptions> options, TimeProvider time, ILogger<WebhookSweeper> logger)
    : DueWorkSweeper("webhook deliveries due", TimeSpan.FromSeconds(options.Value.SweepSeconds), lifetime, time, logger)
{
    protected override async Task<int> SweepAsync(long nowMs, CancellationToken cancellationToken)
    {
        var due = await deliveries.DueAsync(nowMs, Batch, cancellationToken);
        await Task.WhenAll(due.Select(key => grains.GetGrain<IWebhookDeliveryGrain>(key).ResumeAsync()));
        return due.Count;
    }
}
