using Concierge.Grains.Interfaces.Calls;

namespace Concierge.Grains.Leads;

/// <summary>The conversation half of a lead: what a person who answers hears.</summary>
public sealed partial class LeadGrain
{
    private async Task<CallStep> ConverseAsync(string language)
    {
        var company = (await CompanyAsync())?.Name ?? "";
        return new HangUpStep(LeadPhrases.Introduction(company, language), language);
    }
}
