using Concierge.Grains.Interfaces.Companies;
using Concierge.Grains.Interfaces.Phones;

namespace Concierge.Silo.Hosting;

/// <summary>
/// The single-owner setup (configuration section <c>Concierge:Owner</c>): the default company's settings.
/// Values given here are applied at every start, so the configuration stays the source of truth for them.
/// </summary>
public sealed class OwnerOptions
{
    public const string SectionName = "Concierge:Owner";

    /// <summary>Company name for an owner whose name is not set.</summary>
    public const string UnnamedCompany = "Concierge";

    /// <summary>Whom the concierge answers for, as callers hear it. Unset: callers hear sentences without a name.</summary>
    public string Name { get; set; } = "";

    /// <summary>The owner's real phone, where transfers ring (E.164, or national for <see cref="Region"/>). Unset: messages are taken instead.</summary>
    public string? Phone { get; set; }

    /// <summary>
    /// The default company's API key (for the REST API and the dashboard). Unset: one is generated on first start,
    /// printed once, and stored only as a hash.
    /// </summary>
    public string? ApiKey { get; set; }

    /// <summary>ISO 3166 region for numbers written without a country code.</summary>
    public string Region { get; set; } = "US";

    public string? Greeting { get; set; }

    /// <summary>BCP-47 tags, preferred first.</summary>
    public IList<string> Languages { get; } = [];

    public string ScreeningInstructions { get; set; } = "";

    public bool Whisper { get; set; } = true;

    public int RingSeconds { get; set; } = 20;

    /// <summary>The settings these options describe; throws <see cref="FormatException"/> naming the key when the phone is invalid.</summary>
    public CompanySettings ToSettings(CompanySettings? current)
    {
        string? phone = null;
        if (!string.IsNullOrWhiteSpace(Phone))
        {
            phone = PhoneNumber.TryParse(Phone, Region, out var number, out var error)
                ? number.E164
                : throw new FormatException($"{SectionName}:Phone: {error}");
        }

        return new CompanySettings(
            string.IsNullOrWhiteSpace(Name) ? UnnamedCompany : Name,
            Name,
            phone,
            current?.TwilioNumbers ?? [],
            Greeting,
            Languages.Count > 0 ? [.. Languages] : ["en-US"],
            ScreeningInstructions,
            Region,
            Whisper,
            RingSeconds);
    }
}
