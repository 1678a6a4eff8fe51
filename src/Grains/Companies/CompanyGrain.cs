using Concierge.Grains.Interfaces.Companies;
using Concierge.Grains.Interfaces.Projections;
using Orleans;
using Orleans.Runtime;

namespace Concierge.Grains.Companies;

/// <summary>A company's settings, the numbers routed to it, and its exception list.</summary>
[GrainType("company")]
public sealed class CompanyGrain(
    [PersistentState("company")] IPersistentState<CompanyState> state,
    IProjectionWriter projections,
    TimeProvider time) : Grain, ICompanyGrain
{
    /// <summary>What a company that was never configured answers with: screen, never transfer.</summary>
    private static readonly CompanySettings Unconfigured = new("Concierge", "the person you called", null, [], null, ["en-US"], "");

    private CompanyState Company => state.State;

    public Task<CompanySettings?> GetSettingsAsync() => Task.FromResult(Company.Settings);

    public async Task<CompanySettings> ConfigureAsync(CompanySettings settings)
    {
        var id = this.GetPrimaryKeyString();
        var before = Company.Settings?.TwilioNumbers ?? [];
        foreach (var released in before.Except(settings.TwilioNumbers))
        {
            projections.Delete(new CompanyNumberRow(released, id));
        }

        foreach (var claimed in settings.TwilioNumbers.Except(before))
        {
            projections.Insert(new CompanyNumberRow(claimed, id)); // a number another company owns fails the whole write
        }

        Company.Settings = settings;
        await state.WriteStateAsync();
        return settings;
    }

    public Task<CallerPolicy> LookUpCallerAsync(string phone) =>
        Task.FromResult(new CallerPolicy(
            Company.Settings ?? Unconfigured,
            Company.Exceptions.TryGetValue(phone, out var entry) && entry.Active ? entry : null));

    public Task<IReadOnlyList<ExceptionEntry>> ListExceptionsAsync(bool includeInactive) =>
        Task.FromResult<IReadOnlyList<ExceptionEntry>>(
            [.. Company.Exceptions.Values.Where(e => includeInactive || e.Active).OrderBy(e => e.Name, StringComparer.CurrentCultureIgnoreCase)]);

    public Task<ExceptionEntry?> GetExceptionAsync(string phone) =>
        Task.FromResult(Company.Exceptions.GetValueOrDefault(phone));

    public async Task<ExceptionChange> AddExceptionAsync(ExceptionDraft draft)
    {
        var now = time.GetUtcNow();
        if (Company.Exceptions.TryGetValue(draft.Phone, out var existing) && existing.Active)
        {
            return new ExceptionChange(ExceptionChangeKind.Duplicate, existing);
        }

        var entry = new ExceptionEntry(draft.Phone, draft.Name, draft.Category, draft.Note, Active: true, existing?.CreatedAt ?? now, now);
        Company.Exceptions[draft.Phone] = entry;
        await state.WriteStateAsync();
        return new ExceptionChange(existing is null ? ExceptionChangeKind.Added : ExceptionChangeKind.Restored, entry);
    }

    public async Task<ExceptionEntry?> UpdateExceptionAsync(ExceptionDraft draft)
    {
        if (!Company.Exceptions.TryGetValue(draft.Phone, out var existing) || !existing.Active)
        {
            return null;
        }

        var entry = existing with { Name = draft.Name, Category = draft.Category, Note = draft.Note, UpdatedAt = time.GetUtcNow() };
        Company.Exceptions[draft.Phone] = entry;
        await state.WriteStateAsync();
        return entry;
    }

    public async Task<bool> RemoveExceptionAsync(string phone)
    {
        if (!Company.Exceptions.TryGetValue(phone, out var existing) || !existing.Active)
        {
            return false;
        }

        Company.Exceptions[phone] = existing with { Active = false, UpdatedAt = time.GetUtcNow() };
        await state.WriteStateAsync();
        return true;
    }
}
