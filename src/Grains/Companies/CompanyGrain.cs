using Concierge.Grains.Interfaces.Companies;
using Concierge.Grains.Interfaces.Projections;
using Orleans;
using Orleans.Runtime;

namespace Concierge.Grains.Companies;

/// <summary>A company's settings, the numbers routed to it, and its exception list.</summary>
[GrainType("company")]
public sealed class CompanyGrain(
    [PersistentState("company", GrainStorage.Name)] IPersistentState<CompanyState> state,
    IProjectionWriter projections,
    TimeProvider time) : Grain, ICompanyGrain
{
    /// <summary>What a company that was never configured answers with: screen, never transfer.</summary>
    private static readonly CompanySettings Unconfigured = new("Concierge", "", null, [], null, ["en-US"], ""); // no owner name: callers hear sentences without one

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

        var now = time.GetUtcNow();
        Company.CreatedAt ??= now;
        Company.Settings = settings;
        projections.Upsert(new CompanyRow(id, settings.Name, settings.OwnerPhone, Company.CreatedAt.Value.ToUnixTimeMilliseconds(), now.ToUnixTimeMilliseconds()));
        await state.WriteStateAsync();
        return settings;
    }

    public async Task<bool> CreateAsync(CompanySettings settings)
    {
        if (Company.Settings is not null)
        {
            return false;
        }

        await ConfigureAsync(settings);
        return true;
    }

    public Task<CallerPolicy> LookUpCallerAsync(string from)
    {
        // One call to this grain per new call: the caller's number is read here, where the company's region is known.
        var caller = CallerNumber.Of(from, Company.Settings);
        var entry = caller is not null && Company.Exceptions.TryGetValue(caller, out var found) && found.Active ? found : null;
        return Task.FromResult(new CallerPolicy(Company.Settings ?? Unconfigured, entry, caller));
    }

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

        if (existing is null && Company.Exceptions.Count >= CompanyLimits.MaxExceptions)
        {
            return new ExceptionChange(ExceptionChangeKind.ListFull, null); // removed entries count: they can be restored
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

    public Task<IReadOnlyList<MessageSender>> ListSendersAsync() =>
        Task.FromResult<IReadOnlyList<MessageSender>>([.. Company.Senders.Values.OrderBy(s => s.Name, StringComparer.CurrentCultureIgnoreCase)]);

    public async Task<SenderChange> AddSenderAsync(string phone, string name)
    {
        var existing = Company.Senders.GetValueOrDefault(phone);
        if (existing is null && Company.Senders.Count >= MessageSenders.MaxSenders)
        {
            return new SenderChange(SenderChangeKind.ListFull, null);
        }

        var sender = new MessageSender(phone, name, existing?.AddedAt ?? time.GetUtcNow());
        Company.Senders[phone] = sender;
        await state.WriteStateAsync();
        return new SenderChange(existing is null ? SenderChangeKind.Added : SenderChangeKind.Renamed, sender);
    }

    public async Task<bool> RemoveSenderAsync(string phone)
    {
        if (!Company.Senders.Remove(phone))
        {
            return false;
        }

        await state.WriteStateAsync();
        return true;
    }

    public Task<MessageSender?> FindSenderAsync(string from) =>
        Task.FromResult(CallerNumber.Of(MessageSenders.NumberOf(from), Company.Settings) is { } phone ? Company.Senders.GetValueOrDefault(phone) : null);

    public async Task<IssuedApiKey> IssueApiKeyAsync(string label)
    {
        var key = ApiKeys.Generate();
        var stored = await StoreKeyAsync(ApiKeys.NewKeyId(), ApiKeys.Hash(key), label);
        return new IssuedApiKey(stored.KeyId, key, label, stored.CreatedAt);
    }

    public async Task<IssuedApiKey?> IssueFirstApiKeyAsync(string label) =>
        Company.ApiKeys.Count == 0 ? await IssueApiKeyAsync(label) : null;

    public async Task RegisterApiKeyAsync(string keyId, string key, string label)
    {
        var hash = ApiKeys.Hash(key);
        if (Company.ApiKeys.TryGetValue(keyId, out var existing))
        {
            if (existing.Hash == hash)
            {
                return;
            }

            projections.Delete(KeyRow(existing));
        }

        await StoreKeyAsync(keyId, hash, label);
    }

    public Task<IReadOnlyList<ApiKeyInfo>> ListApiKeysAsync() =>
        Task.FromResult<IReadOnlyList<ApiKeyInfo>>([.. Company.ApiKeys.Values.OrderBy(k => k.CreatedAt).Select(k => new ApiKeyInfo(k.KeyId, k.Label, k.CreatedAt))]);

    public async Task<bool> RevokeApiKeyAsync(string keyId)
    {
        if (!Company.ApiKeys.Remove(keyId, out var revoked))
        {
            return false;
        }

        projections.Delete(KeyRow(revoked));
        await state.WriteStateAsync();
        return true;
    }

    public Task<long?> KeySessionEpochAsync(string keyId, string keyHash) =>
        Task.FromResult(Company.ApiKeys.TryGetValue(keyId, out var key) && key.Hash == keyHash ? key.SessionEpoch : (long?)null);

    public async Task EndKeySessionsAsync(string keyId)
    {
        if (Company.ApiKeys.TryGetValue(keyId, out var key))
        {
            Company.ApiKeys[keyId] = key with { SessionEpoch = ++Company.LastSessionEpoch };
            await state.WriteStateAsync();
        }
    }

    private async Task<StoredApiKey> StoreKeyAsync(string keyId, string hash, string label)
    {
        var stored = new StoredApiKey(keyId, hash, label, time.GetUtcNow(), ++Company.LastSessionEpoch);
        Company.ApiKeys[keyId] = stored;
        projections.Upsert(KeyRow(stored));
        await state.WriteStateAsync();
        return stored;
    }

    private ApiKeyRow KeyRow(StoredApiKey key) => new(key.Hash, key.KeyId, this.GetPrimaryKeyString(), key.CreatedAt.ToUnixTimeMilliseconds());
}
