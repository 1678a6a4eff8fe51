using Orleans;
using Orleans.Concurrency;

namespace Concierge.Grains.Interfaces.Companies;

/// <summary>
/// A company (or a person: the single-owner setup is the company <see cref="CompanyIds.Default"/>): its
/// settings, the numbers that route to it, and its exception list.
/// </summary>
[Alias("concierge.ICompanyGrain")]
public interface ICompanyGrain : IGrainWithStringKey
{
    /// <summary>The settings; null when the company was never configured.</summary>
    [ReadOnly]
    Task<CompanySettings?> GetSettingsAsync();

    /// <summary>Creates or replaces the settings; claims its Twilio numbers for routing.</summary>
    /// <exception cref="Concierge.Grains.Interfaces.Projections.ProjectionConflictException">A number already routes to another company.</exception>
    Task<CompanySettings> ConfigureAsync(CompanySettings settings);

    /// <summary>Configures a company that does not exist yet; false (nothing changed) when it does.</summary>
    /// <exception cref="Concierge.Grains.Interfaces.Projections.ProjectionConflictException">A number already routes to another company.</exception>
    Task<bool> CreateAsync(CompanySettings settings);

    /// <summary>
    /// What a new call from <paramref name="from"/> (Twilio's <c>From</c> as given: read here, for the company's region)
    /// needs: the settings, the caller's number as E.164 (null for a hidden caller) and their exception entry, if active.
    /// </summary>
    [ReadOnly]
    Task<CallerPolicy> LookUpCallerAsync(string from);

    /// <summary>The exception list, optionally with removed entries.</summary>
    [ReadOnly]
    Task<IReadOnlyList<ExceptionEntry>> ListExceptionsAsync(bool includeInactive);

    /// <summary>One entry (active or removed) by E.164 number; null when never added.</summary>
    [ReadOnly]
    Task<ExceptionEntry?> GetExceptionAsync(string phone);

    /// <summary>Adds an entry, or restores a removed one; refuses a number already active, and a new number once the list is full.</summary>
    Task<ExceptionChange> AddExceptionAsync(ExceptionDraft draft);

    /// <summary>Replaces name, category and note of an active entry; null when there is none.</summary>
    Task<ExceptionEntry?> UpdateExceptionAsync(ExceptionDraft draft);

    /// <summary>Soft-deletes an entry; false when there is no active entry for the number.</summary>
    Task<bool> RemoveExceptionAsync(string phone);

    /// <summary>Issues a new API key; the key itself is in the result only, never stored (its hash is).</summary>
    Task<IssuedApiKey> IssueApiKeyAsync(string label);

    /// <summary>Issues a first key when the company has none; null when it already has one.</summary>
    Task<IssuedApiKey?> IssueFirstApiKeyAsync(string label);

    /// <summary>Makes <paramref name="key"/> (chosen by the operator, e.g. from configuration) the company's key with id <paramref name="keyId"/>, replacing an earlier one with that id.</summary>
    Task RegisterApiKeyAsync(string keyId, string key, string label);

    /// <summary>The company's keys, without their secrets.</summary>
    [ReadOnly]
    Task<IReadOnlyList<ApiKeyInfo>> ListApiKeysAsync();

    /// <summary>Revokes a key at once; false when there is no such key.</summary>
    Task<bool> RevokeApiKeyAsync(string keyId);

    /// <summary>
    /// The epoch of the sessions of key <paramref name="keyId"/> (the dashboard's), while the key is still the one hashed
    /// <paramref name="keyHash"/>; null once it was revoked or replaced. A session opened in an earlier epoch is over.
    /// </summary>
    [ReadOnly]
    Task<long?> KeySessionEpochAsync(string keyId, string keyHash);

    /// <summary>The authorised message senders, by name.</summary>
    [ReadOnly]
    Task<IReadOnlyList<MessageSender>> ListSendersAsync();

    /// <summary>Adds <paramref name="phone"/> (E.164) as a message sender, or renames it; refuses a new number once the list is full.</summary>
    Task<SenderChange> AddSenderAsync(string phone, string name);

    /// <summary>Removes a sender at once; false when the number is not one.</summary>
    Task<bool> RemoveSenderAsync(string phone);

    /// <summary>
    /// The sender of a message from <paramref name="from"/> (Twilio's <c>From</c> as given, SMS or <c>whatsapp:</c>, read here
    /// for the company's region); null when the number is not an authorised sender.
    /// </summary>
    [ReadOnly]
    Task<MessageSender?> FindSenderAsync(string from);

    /// <summary>Ends every session opened with key <paramref name="keyId"/> so far (signing out), on every node: the key moves to a new epoch.</summary>
    Task EndKeySessionsAsync(string keyId);
}

public static class CompanyIds
{
    /// <summary>The company of the single-owner setup, seeded once from <c>Concierge:Owner:*</c>; it answers numbers no other company claims.</summary>
    public const string Default = "default";
}
