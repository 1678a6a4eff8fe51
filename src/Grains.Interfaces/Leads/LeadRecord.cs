using Orleans;

namespace Concierge.Grains.Interfaces.Leads;

/// <summary>A lead as it stands. Once erased, its personal data is gone: name and phone are empty, the rest null or empty.</summary>
/// <param name="Status">One of <see cref="LeadStatuses"/>.</param>
/// <param name="Score">0 to 100, once qualified.</param>
/// <param name="Tier">hot, warm or cold, once qualified.</param>
/// <param name="NextAttemptAt">When the next call (or check on the last one) is due; null when none is.</param>
/// <param name="Error">Why the last calling step failed; null when it went through.</param>
/// <param name="Notification">How the person was told of the outcome; null while the lead is open (and for a cancelled lead).</param>
/// <param name="ScoredBy">Who produced the score: "offline" (rules over the typed answers) or the model ("openai:gpt-4o-mini").</param>
[GenerateSerializer, Immutable, Alias("concierge.LeadRecord")]
public sealed record LeadRecord(
    string LeadId,
    string CompanyId,
    string Name,
    string Phone,
    string? Email,
    string? Source,
    string? Notes,
    LeadConsent Consent,
    string? TimeZone,
    string? Language,
    string Status,
    int? Score,
    string? Tier,
    string? Summary,
    string? NextStep,
    IReadOnlyList<LeadAnswer> Answers,
    IReadOnlyList<LeadTurn> Transcript,
    IReadOnlyList<LeadAttempt> Attempts,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? ErasedAt,
    DateTimeOffset? NextAttemptAt = null,
    string? Error = null,
    LeadNotificationRecord? Notification = null,
    string? ScoredBy = null) : PrivateRecord;

/// <summary>The e-mail (and webhook) announcing a lead's outcome.</summary>
/// <param name="EmailStatus">One of <see cref="LeadEmailStatuses"/>.</param>
/// <param name="EmailError">Why the last attempt failed; null when none did.</param>
/// <param name="WebhookDeliveryId">The delivery enqueued on the company's webhook outbox; null until it is.</param>
[GenerateSerializer, Immutable, Alias("concierge.LeadNotificationRecord")]
public sealed record LeadNotificationRecord(
    string Outcome,
    string EmailStatus,
    IReadOnlyList<string> EmailTo,
    int EmailAttempts,
    string? EmailError,
    DateTimeOffset? EmailSentAt,
    string? WebhookDeliveryId) : PrivateRecord;

public static class LeadEmailStatuses
{
    /// <summary>Written with the outcome; sent next, or again after a failure.</summary>
    public const string Pending = "pending";

    /// <summary>Accepted by the SMTP server: never sent again.</summary>
    public const string Sent = "sent";

    /// <summary>Every attempt failed; not sent again.</summary>
    public const string Failed = "failed";

    /// <summary>No SMTP server is configured: the outcome is recorded, nothing is sent.</summary>
    public const string NotConfigured = "not_configured";

    /// <summary>The company lists no notification address.</summary>
    public const string NoRecipients = "no_recipients";
}

/// <summary>A question's answer as understood, with how sure the reading is (0 to 1).</summary>
[GenerateSerializer, Immutable, Alias("concierge.LeadAnswer")]
public sealed record LeadAnswer(string Question, string? Answer, double Confidence);

/// <summary>One line of a qualification call: who spoke (<c>assistant</c> or <c>lead</c>), what was said, when.</summary>
[GenerateSerializer, Immutable, Alias("concierge.LeadTurn")]
public sealed record LeadTurn(string Speaker, string Text, DateTimeOffset At);

/// <summary>One call placed to the lead.</summary>
/// <param name="CallSid">Twilio's id of the call, once placed.</param>
/// <param name="Outcome">How it ended (<see cref="LeadCallOutcomes"/>); null while it runs.</param>
/// <param name="From">The company number it is placed from.</param>
[GenerateSerializer, Immutable, Alias("concierge.LeadAttempt")]
public sealed record LeadAttempt(int Number, DateTimeOffset DecidedAt, string? CallSid, string? Outcome, string From = "");

/// <summary>How a call to a lead ended: Twilio's final call statuses, and <see cref="Machine"/>.</summary>
public static class LeadCallOutcomes
{
    public const string Completed = "completed";
    public const string Busy = "busy";
    public const string NoAnswer = "no-answer";
    public const string Failed = "failed";
    public const string Canceled = "canceled";

    /// <summary>An answering machine took the call (the machine message was left on the first one).</summary>
    public const string Machine = "machine";

    /// <summary>Twilio's statuses that end a call.</summary>
    public static IReadOnlyList<string> Final { get; } = [Completed, Busy, NoAnswer, Failed, Canceled];
}

public static class LeadStatuses
{
    /// <summary>Recorded; no call decided yet.</summary>
    public const string New = "new";

    /// <summary>Waiting for its next call (calling hours, or a retry).</summary>
    public const string Scheduled = "scheduled";

    /// <summary>A call is being placed or is in progress.</summary>
    public const string Calling = "calling";

    /// <summary>Answered the questions; scored and summarised.</summary>
    public const string Qualified = "qualified";

    /// <summary>Asked not to be called; on the do-not-call list.</summary>
    public const string Declined = "declined";

    /// <summary>Not reached within the company's attempts.</summary>
    public const string Unreachable = "unreachable";

    /// <summary>Cancelled by the company.</summary>
    public const string Cancelled = "cancelled";

    public static IReadOnlyList<string> All { get; } = [New, Scheduled, Calling, Qualified, Declined, Unreachable, Cancelled];

    /// <summary>True while the lead may still be called: at most one such lead per number and company.</summary>
    public static bool IsOpen(string status) => status is New or Scheduled or Calling;
}

public static class LeadTiers
{
    public const string Hot = "hot";
    public const string Warm = "warm";
    public const string Cold = "cold";

    public static IReadOnlyList<string> All { get; } = [Hot, Warm, Cold];

    /// <summary>The tier a score falls in, whoever scored it: hot from 70, warm from 40, cold below.</summary>
    public static string For(int score) => score >= 70 ? Hot : score >= 40 ? Warm : Cold;
}
