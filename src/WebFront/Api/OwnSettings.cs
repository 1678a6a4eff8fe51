using Concierge.Grains.Interfaces.Companies;
using Concierge.WebFront.Api.Contracts;
using Orleans;

namespace Concierge.WebFront.Api;

/// <summary>A company changing its own settings: <c>PUT /api/settings</c> and the dashboard's Settings page alike.</summary>
public static class OwnSettings
{
    /// <summary>Validates <paramref name="input"/> with the company's rules (<see cref="CompanySettingsInput.ValidateOwn"/>) and saves it; null, with field errors, when invalid.</summary>
    public static async Task<CompanySettings?> SaveAsync(IGrainFactory grains, string companyId, CompanyInput input, Validation validation)
    {
        var company = grains.GetGrain<ICompanyGrain>(companyId);
        var settings = CompanySettingsInput.ValidateOwn(input, await company.GetSettingsAsync(), validation);
        return settings is null ? null : await company.ConfigureAsync(settings);
    }
}
