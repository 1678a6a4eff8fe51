using Concierge.Grains.Interfaces.Leads;
using Concierge.Silo.Leads;

namespace Concierge.WebFront.Leads;

/// <summary>What <c>POST /api/leads</c> takes: a lead from the company's form or CRM, with the consent they gave.</summary>
/// <param name="TimeZone">The lead's IANA time zone; omitted, it comes from the number's region.</param>
/// <param name="Language">en or fr; omitted, the company's first language.</param>
public sealed record LeadInput(
    string? Name, string? Phone, string? Email, string? Source, string? Notes, ConsentInput? Consent, string? TimeZone, string? Language);

/// <param name="At">When the lead consented, ISO 8601.</param>
/// <param name="Text">The wording the lead agreed to.</param>
public sealed record ConsentInput(bool? Given, string? At, string? Text);

/// <summary>
/// A lead in full: who, their consent, where it stands, the answers, score and summary, the transcript and the calls placed;
/// when its next call (or check on the last one) is due, and why the last calling step failed, if it did; once it has an
/// outcome, how a person was told of it (the e-mail's status, the webhook delivery); who scored it (offline or the model).
/// </summary>
public sealed record LeadResponse(
    string Id, string Name, string Phone, string? Email, string? Source, string? Notes, LeadConsent Consent, string? TimeZone, string? Language,
    string Status, int? Score, string? Tier, string? Summary, string? NextStep, IReadOnlyList<LeadAnswer> Answers, IReadOnlyList<LeadTurn> Transcript,
    IReadOnlyList<LeadAttempt> Attempts, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, DateTimeOffset? ErasedAt, DateTimeOffset? NextAttemptAt, string? Error,
    LeadNotificationRecord? Notification, string? ScoredBy)
{
    public static LeadResponse Of(LeadRecord l)
    {
        ArgumentNullException.ThrowIfNull(l);
        return new(
            l.LeadId, l.Name, l.Phone, l.Email, l.Source, l.Notes, l.Consent, l.TimeZone, l.Language, l.Status, l.Score, l.Tier, l.Summary, l.NextStep,
            l.Answers, l.Transcript, l.Attempts, l.CreatedAt, l.UpdatedAt, l.ErasedAt, l.NextAttemptAt, l.Error, l.Notification, l.ScoredBy);
    }
}

public sealed record LeadSummaryResponse(
    string Id, string Name, string Phone, string? Source, string Status, int? Score, string? Tier, int Attempts, DateTimeOffset CreatedAt, DateTimeOffset? NextAttemptAt)
{
    public static LeadSummaryResponse Of(LeadSummaryRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(
            row.LeadId, row.Name, row.Phone, row.Source, row.Status, row.Score, row.Tier, row.Attempts, DateTimeOffset.FromUnixTimeMilliseconds(row.CreatedAtMs),
            row.NextAttemptAtMs is { } next ? DateTimeOffset.FromUnixTimeMilliseconds(next) : null);
    }
}

public sealed record LeadPageResponse(IReadOnlyList<LeadSummaryResponse> Items, string? NextCursor);
