using System.Text.Json.Serialization;
using Concierge.Grains.Interfaces.Leads;

namespace Concierge.Grains.Leads;

/// <summary>
/// The outbox of a lead's outcome, in the lead's state: written in the same write as the outcome, then worked off (the
/// webhook enqueued, the e-mail sent) and each step marked done right after it, so neither is done twice.
/// </summary>
public sealed class LeadNotification
{
    /// <summary>qualified, declined or unreachable.</summary>
    public string Outcome { get; set; } = "";

    public string EmailStatus { get; set; } = LeadEmailStatuses.Pending;

    /// <summary>The addresses chosen at the first attempt, kept so a retry goes to the same people.</summary>
    public List<string> EmailTo { get; set; } = [];

    public int EmailAttempts { get; set; }

    public string? EmailError { get; set; }

    public DateTimeOffset? EmailSentAt { get; set; }

    /// <summary>When the next step is due; null once nothing is left to do.</summary>
    public DateTimeOffset? DueAt { get; set; }

    public string? WebhookDeliveryId { get; set; }

    [JsonIgnore]
    public bool Done => WebhookDeliveryId is not null && EmailStatus != LeadEmailStatuses.Pending;

    public LeadNotificationRecord Record() =>
        new(Outcome, EmailStatus, [.. EmailTo], EmailAttempts, EmailError, EmailSentAt, WebhookDeliveryId);

    /// <summary>The outcomes a person is told of (a cancelled lead was ended by the company itself).</summary>
    public static bool Announces(string status) => status is LeadStatuses.Qualified or LeadStatuses.Declined or LeadStatuses.Unreachable;
}
