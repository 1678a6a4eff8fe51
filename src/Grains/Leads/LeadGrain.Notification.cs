using Concierge.Grains.Interfaces.Leads;
using Concierge.Grains.Interfaces.Webhooks;
using Microsoft.Extensions.Logging;
using Orleans;

namespace Concierge.Grains.Leads;

/// <summary>
/// The telling half of a lead: its outcome (qualified, declined, unreachable) is written with an outbox entry
/// (<see cref="LeadNotification"/>), then, on a timer of this activation, the company's webhook is enqueued (one delivery
/// per lead and outcome, so a repeat is the same delivery) and one e-mail is sent to the company's notification addresses,
/// retried with a doubling wait when the server refuses or cannot be reached. The e-mail is marked sent as soon as the server
/// accepted it; should the node die between the two, it is sent once more with the same Message-Id, which a receiver
/// can dedupe on. After a restart the sweep resumes a pending entry (the lead's row carries its due time).
/// </summary>
public sealed partial class LeadGrain
{
    private NextAttempt NextNotification => field ??= new(this, NotifyAsync);

    /// <summary>Opens the outbox entry for <paramref name="status"/> when a person is told of it; saved with the outcome.</summary>
    private void Announce(string status)
    {
        if (LeadNotification.Announces(status) && Lead.Notification is null)
        {
            Lead.Notification = new LeadNotification { Outcome = status, DueAt = time.GetUtcNow() };
        }
    }

    /// <summary>Schedules the outbox's next step when one is due and none is scheduled.</summary>
    private void NotifyIfDue()
    {
        if (Lead.Notification is not { DueAt: { } due } || NextNotification.IsScheduled)
        {
            return;
        }

        NextNotification.Schedule(due, time);
    }

    private async Task NotifyAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (Lead.Notification is not { DueAt: { } due } notification || due > now || Record() is not { } lead)
        {
            NotifyIfDue();
            return;
        }

        try
        {
            if (Lead.ModelScoringDue)
            {
                await ScoreWithModelAsync(cancellationToken);
                lead = Record()!; // announced with the score it now has
            }

            if (notification.WebhookDeliveryId is null)
            {
                var deliveryId = LeadOutcomeMessages.DeliveryId(LeadId, notification.Outcome);
                await GrainFactory.GetGrain<IWebhookDeliveryGrain>(WebhookDeliveryKey.For(lead.CompanyId, deliveryId)).EnqueueAsync(
                    new WebhookDelivery(lead.CompanyId, deliveryId, LeadOutcomeMessages.EventType(notification.Outcome), LeadOutcomeMessages.WebhookBody(lead, now)));
                notification.WebhookDeliveryId = deliveryId;
            }

            if (notification.EmailStatus == LeadEmailStatuses.Pending)
            {
                await EmailAsync(notification, lead, cancellationToken);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            notification.EmailError = $"{e.GetType().Name}: {e.Message}"; // the store or the outbox grain failed: tried again later
            notification.DueAt = now + options.Value.NotifyRetryDelay(Math.Max(1, notification.EmailAttempts));
            LogNotifyFailed(logger, e, LeadId, notification.DueAt);
        }

        if (notification.Done)
        {
            notification.DueAt = null;
        }

        await SaveAsync();
    }

    private async Task EmailAsync(LeadNotification notification, LeadRecord lead, CancellationToken cancellationToken)
    {
        if (!mailer.IsConfigured)
        {
            notification.EmailStatus = LeadEmailStatuses.NotConfigured;
            return;
        }

        if (notification.EmailAttempts == 0)
        {
            var settings = (await GrainFactory.GetGrain<ILeadSettingsGrain>(lead.CompanyId).GetAsync()).Settings;
            notification.EmailTo = [.. settings.NotifyEmails];
        }

        if (notification.EmailTo.Count == 0)
        {
            notification.EmailStatus = LeadEmailStatuses.NoRecipients;
            return;
        }

        notification.EmailAttempts++;
        var attempt = await mailer.SendAsync(LeadOutcomeMessages.Email(lead, notification.EmailTo), cancellationToken);
        if (attempt.Accepted)
        {
            notification.EmailStatus = LeadEmailStatuses.Sent;
            notification.EmailSentAt = time.GetUtcNow();
            notification.EmailError = null;
            return;
        }

        notification.EmailError = attempt.Error;
        if (notification.EmailAttempts >= options.Value.NotifyMaxAttempts)
        {
            notification.EmailStatus = LeadEmailStatuses.Failed;
            LogEmailGaveUp(logger, LeadId, notification.EmailAttempts, attempt.Error);
            return;
        }

        notification.DueAt = time.GetUtcNow() + options.Value.NotifyRetryDelay(notification.EmailAttempts);
    }

    [LoggerMessage(EventId = 4202, Level = LogLevel.Warning, Message = "Lead {LeadId}: announcing the outcome failed; it is tried again at {DueAt}")]
    private static partial void LogNotifyFailed(ILogger logger, Exception exception, string leadId, DateTimeOffset? dueAt);

    [LoggerMessage(EventId = 4203, Level = LogLevel.Error, Message = "Lead {LeadId}: the outcome e-mail was refused {Attempts} times and is not sent again: {Error}")]
    private static partial void LogEmailGaveUp(ILogger logger, string leadId, int attempts, string? error);
}
