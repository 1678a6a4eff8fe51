using Concierge.Grains.Interfaces.Companies;
using Orleans;

namespace Concierge.WebFront.Api;

public static class CompanyRegion
{
    /// <summary>The region a company's users write national numbers for (its settings, else US).</summary>
    public static async Task<string> OfAsync(IGrainFactory grains, string companyId) =>
        (await grains.GetGrain<ICompanyGrain>(companyId).GetSettingsAsync())?.DefaultRegion ?? "US";

    /// <summary>
    /// A number one of the company's users wrote, as E.164 (national numbers are read for the company's region);
    /// null, with the error noted under <paramref name="field"/>, when it is not a number.
    /// </summary>
    public static async Task<string?> CompanyPhoneAsync(this Validation validation, string field, string? value, IGrainFactory grains, string companyId) =>
        validation.Phone(field, value, await OfAsync(grains, companyId));
}
