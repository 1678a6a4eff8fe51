using Concierge.Grains.Interfaces.Companies;
using Concierge.Grains.Interfaces.Leads;
using Concierge.Grains.Leads;
using Orleans;

namespace Concierge.WebFront.Leads;

/// <summary>What the public intake form shows of a company: its name, the language the form speaks, and the consent wording a lead agrees to.</summary>
/// <param name="Region">The region national numbers typed into the form are read for.</param>
/// <param name="Language">"en" or "fr": the company's first language.</param>
public sealed record IntakeCompany(string Id, string Name, string Region, string Language, string ConsentText)
{
    private const int MaxIdLength = 40;

    public IntakeWords Words => IntakeWords.For(Language);

    /// <summary>
    /// A short digest of <see cref="ConsentText"/>, carried by the form: a post made under other wording (the company changed
    /// it meanwhile) is not recorded as consent to wording the visitor never saw.
    /// </summary>
    public string ConsentVersion => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(ConsentText)))[..16];

    /// <summary>The company <paramref name="id"/> names; null when there is none (an id no company could have is not looked up).</summary>
    public static async Task<IntakeCompany?> FindAsync(IGrainFactory grains, string? id)
    {
        ArgumentNullException.ThrowIfNull(grains);
        if (string.IsNullOrEmpty(id) || id.Length > MaxIdLength || !id.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
        {
            return null;
        }

        if (await grains.GetGrain<ICompanyGrain>(id).GetSettingsAsync() is not { } settings)
        {
            return null;
        }

        var language = LeadPhrases.IsFrench(LeadPhrases.LanguageTag(null, settings.Languages)) ? "fr" : "en";
        var leads = await grains.GetGrain<ILeadSettingsGrain>(id).GetAsync();
        return new(id, settings.Name, settings.DefaultRegion, language, LeadConsentWording.For(leads.Settings, settings.Name, language));
    }
}
