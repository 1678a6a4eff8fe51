using Orleans;
using Orleans.Concurrency;

namespace Concierge.Grains.Interfaces.Leads;

/// <summary>
/// One outbound qualification, keyed by lead id: the lead and their consent, the calls placed to them, their answers,
/// score and summary, and where it stands (<see cref="LeadStatuses"/>).
/// </summary>
[Alias("concierge.ILeadGrain")]
public interface ILeadGrain : IGrainWithStringKey
{
    /// <summary>
    /// Records a new lead. Refused (nothing recorded) when the number is on the company's do-not-call list. A repeat for a
    /// lead already recorded changes nothing and returns it as it stands.
    /// </summary>
    /// <exception cref="Projections.ProjectionConflictException">The company already has an open lead for this number (table <c>lead_open_numbers</c>).</exception>
    Task<LeadCreation> CreateAsync(NewLead lead);

    /// <summary>The lead; null when no lead has this id.</summary>
    [ReadOnly]
    Task<LeadRecord?> GetAsync();

    /// <summary>
    /// Cancels an open lead (no further call is placed); with <paramref name="erasePersonalData"/>, also erases its personal data (name,
    /// number, e-mail, notes, answers, transcript), whatever its status. A closed lead is left as it is without
    /// <paramref name="erasePersonalData"/>. Null when no lead has this id.
    /// </summary>
    Task<LeadRecord?> CancelAsync(bool erasePersonalData);

    /// <summary>Continues an open lead whose call is due or whose last call is unconfirmed (after a restart, a lost timer); nothing otherwise.</summary>
    Task ResumeAsync();

    /// <summary>
    /// The lead's call <paramref name="callSid"/> was answered, by <paramref name="answeredBy"/> (Twilio's AMD: <c>human</c>,
    /// <c>machine_end_beep</c>…, null without it): what the call does now.
    /// </summary>
    Task<Calls.CallStep> AnsweredAsync(string callSid, string? answeredBy);

    /// <summary>
    /// What the lead said (<paramref name="speech"/>, null when nothing was heard) in answer to listening <paramref name="turn"/>
    /// of call <paramref name="callSid"/>: what the call does next. An answer heard twice gets the same question again.
    /// </summary>
    Task<Calls.CallStep> HearAsync(string callSid, string? speech, int turn);

    /// <summary>The lead's call <paramref name="callSid"/> ended with Twilio's <paramref name="status"/>: retried later, or the lead closes.</summary>
    Task CallEndedAsync(string callSid, string status, string? answeredBy);
}

/// <summary>A lead as handed over by a company's form or CRM, checked: <paramref name="Phone"/> is E.164.</summary>
/// <param name="TimeZone">The lead's IANA time zone; null: from the number's region.</param>
/// <param name="Language">"en" or "fr"; null: the company's first language.</param>
[GenerateSerializer, Immutable, Alias("concierge.NewLead")]
public sealed record NewLead(
    string CompanyId,
    string Name,
    string Phone,
    string? Email,
    string? Source,
    string? Notes,
    LeadConsent Consent,
    string? TimeZone,
    string? Language) : PrivateRecord;

/// <summary>The lead's consent to be called: when it was given and the wording they agreed to.</summary>
[GenerateSerializer, Immutable, Alias("concierge.LeadConsent")]
public sealed record LeadConsent(DateTimeOffset At, string Text);

/// <summary>The outcome of <see cref="ILeadGrain.CreateAsync"/>: the lead, or why it was refused.</summary>
[GenerateSerializer, Immutable, Alias("concierge.LeadCreation")]
public sealed record LeadCreation(LeadRecord? Lead, string? Refusal)
{
    public const string DoNotCall = "do_not_call";
}
