using Concierge.Grains.Interfaces.Companies;
using Orleans;

namespace Concierge.WebFront.Api;

/// <summary>Reads a message sender (number in the company's region, name) as the operator's API and the owner's Notes page both take it.</summary>
public static class SenderRules
{
    public static string ListFull { get; } = $"A company has at most {MessageSenders.MaxSenders} message senders.";

    /// <summary>The sender's E.164 number and name; null for either that is missing or bad, its message in <paramref name="validation"/>.</summary>
    public static async Task<(string? Phone, string? Name)> ReadAsync(Validation validation, string? phone, string? name, IGrainFactory grains, string companyId)
    {
        ArgumentNullException.ThrowIfNull(validation);
        var e164 = await validation.CompanyPhoneAsync("phone", phone, grains, companyId);
        return (e164, validation.Required("name", name, 100));
    }
}
