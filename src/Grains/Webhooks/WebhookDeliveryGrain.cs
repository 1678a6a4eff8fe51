using Concierge.Grains.Interfaces.Projections;
using Concierge.Grains.Interfaces.Webhooks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans;
using Orleans.Runtime;

namespace Concierge.Grains.Webhooks;

/// <summary>
/// One outgoing webhook. <see cref="EnqueueAsync"/> only records it; the POST runs afterwards on a timer of this
/// activation. Each attempt is counted and saved before the request leaves (so an attempt cut short by a crash still
/// counts and waits its delay), and the acknowledgement is saved as soon as it arrives: a delivered webhook is never sent
/// again. A delivery still pending after a restart is picked up by the sweep (<c>WebhookSweeper</c>). A crash between the
/// receiver's 2xx and that save is the one way a delivery is posted twice: the receiver deduplicates on its delivery id.
/// </summary>
[GrainType("webhook-delivery")]
public sealed partial class WebhookDeliveryGrain(
    [PersistentState("webhook-delivery", GrainStorage.Name)] IPersistentState<WebhookDeliveryState> state,
    IProjectionWriter projections,
    IWebhookSender sender,
    IOptions<WebhookOptions> options,
    TimeProvider time,
    ILogger<WebhookDeliveryGrain> logger) : Grain, IWebhookDeliveryGrain
{
    private NextAttempt Next => field ??= new(this, AttemptAsync);

    private WebhookDeliveryState Delivery => state.State;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        ContinueIfPending();
        return Task.CompletedTask;
    }

    public async Task<WebhookDeliveryRecord> EnqueueAsync(WebhookDelivery delivery)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        if (Delivery.Delivery is null)
        {
            Delivery.Delivery = delivery;
            Delivery.CreatedAt = time.GetUtcNow();
            Delivery.NextAttemptAt = Delivery.CreatedAt;
            await SaveAsync();
            Next.Schedule(TimeSpan.Zero);
        }

        return Record()!;
    }

    public Task<WebhookDeliveryRecord?> GetAsync() => Task.FromResult(Record());

    public Task ResumeAsync()
    {
        ContinueIfPending();
        return Task.CompletedTask;
    }

    private void ContinueIfPending()
    {
        if (Delivery.Delivery is null || Delivery.Status != WebhookDeliveryStatuses.Pending || Next.IsScheduled)
        {
            return;
        }

        Next.Schedule(Delivery.NextAttemptAt ?? time.GetUtcNow(), time);
    }

    private async Task AttemptAsync(CancellationToken cancellationToken)
    {
        if (Delivery.Status != WebhookDeliveryStatuses.Pending)
        {
            return;
        }

        var delivery = Delivery.Delivery!;
        var endpoint = await GrainFactory.GetGrain<IWebhookEndpointGrain>(delivery.CompanyId).GetAsync();
        if (endpoint is null)
        {
            Finish(WebhookDeliveryStatuses.Skipped, "The company has no webhook endpoint.");
            await SaveAsync();
            return;
        }

        var settings = options.Value;
        Delivery.Attempts++;
        Delivery.NextAttemptAt = time.GetUtcNow() + settings.RetryDelay(Delivery.Attempts);
        await SaveAsync(); // counted before it leaves: a crash mid-request waits out the delay, and the attempts run out

        var now = time.GetUtcNow();
        var attempt = await sender.PostAsync(new WebhookPost(endpoint.Url, delivery.Body, WebhookSignature.Headers(endpoint.Secret, now, delivery)), cancellationToken);
        if (attempt.Acknowledged)
        {
            Finish(WebhookDeliveryStatuses.Delivered, null);
            Delivery.DeliveredAt = time.GetUtcNow();
        }
        else
        {
            Delivery.Error = attempt.Error;
            if (Delivery.Attempts >= settings.MaxAttempts)
            {
                Finish(WebhookDeliveryStatuses.Failed, attempt.Error);
            }

            LogAttemptFailed(logger, delivery.CompanyId, delivery.EventType, Delivery.Attempts, attempt.Error ?? "", Delivery.Status);
        }

        await SaveAsync();
        if (Delivery.Status == WebhookDeliveryStatuses.Pending)
        {
            Next.Schedule(Delivery.NextAttemptAt!.Value, time);
        }
    }

    private void Finish(string status, string? error)
    {
        Delivery.Status = status;
        Delivery.Error = error;
        Delivery.NextAttemptAt = null;
    }

    private Task SaveAsync()
    {
        projections.Upsert(WebhookDeliveryRows.Of(this.GetPrimaryKeyString(), Delivery, time.GetUtcNow()));
        return state.WriteStateAsync();
    }

    private WebhookDeliveryRecord? Record() => Delivery.Delivery is { } delivery
        ? new WebhookDeliveryRecord(
            delivery.CompanyId, delivery.DeliveryId, delivery.EventType, Delivery.Status, Delivery.Attempts, Delivery.Error,
            Delivery.CreatedAt, Delivery.NextAttemptAt, Delivery.DeliveredAt)
        : null;

    // Not the delivery id: a handover's carries its token, which lets the company read the caller's summary.
    [LoggerMessage(EventId = 4501, Level = LogLevel.Warning, Message = "A {EventType} webhook of company {CompanyId}: attempt {Attempt} failed ({Error}); the delivery is now {Status}")]
    private static partial void LogAttemptFailed(ILogger logger, string companyId, string eventType, int attempt, string error, string status);
}
