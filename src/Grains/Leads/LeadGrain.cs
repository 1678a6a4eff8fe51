using Concierge.Grains.Interfaces.Leads;
using Concierge.Grains.Interfaces.Projections;
using Orleans;
using Orleans.Runtime;

namespace Concierge.Grains.Leads;

/// <summary>
/// One outbound qualification. While the lead is open it holds its number's row in <c>lead_open_numbers</c>, written in
/// the same transaction as the state: a second open lead for the number fails its write, so two concurrent intakes
/// cannot both open one.
/// </summary>
[GrainType("lead")]
public sealed class LeadGrain(
    [PersistentState("lead", GrainStorage.Name)] IPersistentState<LeadState> state,
    IProjectionWriter projections,
    TimeProvider time) : Grain, ILeadGrain
{
    private LeadState Lead => state.State;

    private string LeadId => this.GetPrimaryKeyString();

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
        Lead.Status = LeadStatuses.New;
        Lead.CreatedAt = time.GetUtcNow();
        projections.Insert(new LeadOpenNumberRow(lead.CompanyId, lead.Phone, LeadId)); // an open lead for the number fails the whole write
        await SaveAsync();
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
            projections.Delete(new LeadOpenNumberRow(lead.CompanyId, lead.Phone, LeadId));
            Lead.Status = LeadStatuses.Cancelled;
            Lead.NextAttemptAt = null;
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

    private Task SaveAsync()
    {
        Lead.UpdatedAt = time.GetUtcNow();
        projections.Upsert(LeadRows.Of(LeadId, Lead, Lead.UpdatedAt));
        return state.WriteStateAsync();
    }

    private LeadRecord? Record() => Lead.Lead is { } lead
        ? new LeadRecord(
            LeadId, lead.CompanyId, lead.Name, lead.Phone, lead.Email, lead.Source, lead.Notes, lead.Consent, lead.TimeZone, lead.Language,
            Lead.Status, Lead.Score, Lead.Tier, Lead.Summary, Lead.NextStep, Lead.Answers, Lead.Transcript, Lead.Attempts,
            Lead.CreatedAt, Lead.UpdatedAt, Lead.ErasedAt)
        : null;
}
