using Concierge.Grains.Interfaces.Companies;
using Orleans;

namespace Concierge.WebFront.Api;

public static class CompanyRegion
{
    /// <summary>The region a company's users write national numbers for (its settings, else US).</summary>
    public static async Task<string> OfAsync(IGrainFactory grains, string companyId) =>
        (await grains.GetGrain<ICompanyGrain>(companyId).GetSettingsAsync())?.DefaultRegion ?? "US";
}
