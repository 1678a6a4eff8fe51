using Concierge.Grains.Interfaces.Calls;
using Concierge.Grains.Interfaces.Email;
using Concierge.Grains.Interfaces.Leads;
using Concierge.Grains.Interfaces.Projections;
using Concierge.Grains.Interfaces.Telephony;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans;
using Orleans.Runtime;

namespace Concierge.Grains.Leads;

/// <summary>
/// One outbound qualification. While the lead is open it holds its number's row in <c>lead_open_numbers</c>, written in
/// the same transaction as the state: a second open lead for the number fails its write, so two concurrent intakes
/// cannot both open one. Its calls are placed by <see cref="LeadGrain"/>'s calling half (LeadGrain.Calling.cs) on a timer
/// of this activation; a lead due after a restart is resumed by the sweep (<c>LeadSweeper</c>).
/// </summary>
[GrainType("lead")]
public sealed partial class LeadGrain(
    [PersistentState("lead", GrainStorage.Name)] IPersistentState<LeadState> state,
    IProjectionWriter projections,
    ITelephony telephony,
    ILeadCallLinks links,
    IEmailSender mailer,
    ILeadScorer scorer,
    IOptions<LeadsOptions> options,
    TimeProvider time,
    ILogger<LeadGrain> logger) : Grain, ILeadGrain
{
    private LeadState Lead => state.State;

    private string LeadId => this.GetPrimaryKeyString();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        ContinueIfDue();
        NotifyIfDue();
        return Task.CompletedTask;
    }

    public async Task<LeadCreation> CreateAsync(NewLead lead)
    {
        ArgumentNullException.ThrowIfNull(lead);
        if (Lead.Lead is not null)
        {
            return new LeadCreation(Record(), null);
        }

        if (await GrainFactory.GetGrain<ILeadSettingsGrain>(lead.CompanyId).IsDoNotCallAsync(lead.Phone))
        {
            return new LeadCreation(null, LeadCreation.DoNotCall);
        }

        Lead.Lead = lead;
        Lead.Status = LeadStatuses.Scheduled;
        Lead.CreatedAt = time.GetUtcNow();
        Lead.NextAttemptAt = Lead.CreatedAt; // the first call is decided at once (and waits for the calling hours if need be)
        projections.Insert(new LeadOpenNumberRow(lead.CompanyId, lead.Phone, LeadId)); // an open lead for the number fails the whole write
        await SaveAsync();
        ContinueIfDue();
        return new LeadCreation(Record(), null);
    }

    public Task<LeadRecord?> GetAsync() => Task.FromResult(Record());

    public async Task<LeadRecord?> CancelAsync(bool erasePersonalData)
    {
        if (Lead.Lead is not { } lead)
        {
            return null;
        }

        var open = LeadStatuses.IsOpen(Lead.Status);
        if (!open && (!erasePersonalData || Lead.ErasedAt is not null))
        {
            return Record();
        }

        if (open)
        {
            Close(LeadStatuses.Cancelled);
        }

        if (erasePersonalData)
        {
            Lead.Lead = lead with { Name = "", Phone = "", Email = null, Notes = null };
            Lead.Answers = [.. Lead.Answers.Select(a => a with { Answer = null })];
            Lead.Transcript = [];
            Lead.Summary = null;
            Lead.NextStep = null;
            Lead.ErasedAt = time.GetUtcNow();
        }

        await SaveAsync();
        return Record();
    }

    /// <summary>
    /// Ends the lead as <paramref name="status"/>: no call is due any more, and its number is free for a new lead; an outcome a
    /// person is told of opens its notification, written by the same save.
    /// </summary>
    private void Close(string status)
    {
        var lead = Lead.Lead!;
        projections.Delete(new LeadOpenNumberRow(lead.CompanyId, lead.Phone, LeadId));
        Lead.Status = status;
        Lead.NextAttemptAt = null;
        NextCall.Cancel();
        Announce(status);
    }

    private async Task SaveAsync()
    {
        Lead.UpdatedAt = time.GetUtcNow();
        projections.Upsert(LeadRows.Of(LeadId, Lead, Lead.UpdatedAt));
        await state.WriteStateAsync();
        NotifyIfDue(); // an outcome just written is announced once it is stored
    }

    private LeadRecord? Record() => Lead.Lead is { } lead
        ? new LeadRecord(
            LeadId, lead.CompanyId, lead.Name, lead.Phone, lead.Email, lead.Source, lead.Notes, lead.Consent, lead.TimeZone, lead.Language,
            Lead.Status, Lead.Score, Lead.Tier, Lead.Summary, Lead.NextStep, Lead.Answers, Lead.Transcript, Lead.Attempts,
            Lead.CreatedAt, Lead.UpdatedAt, Lead.ErasedAt, Lead.NextAttemptAt, Lead.Error, Lead.Notification?.Record(), Lead.ScoredBy)
        : null;

    [LoggerMessage(EventId = 4201, Level = LogLevel.Warning, Message = "Lead {LeadId}: a calling step failed; it is tried again at {NextAttemptAt}")]
    private static partial void LogStepFailed(ILogger logger, Exception exception, string leadId, DateTimeOffset? nextAttemptAt);
}
