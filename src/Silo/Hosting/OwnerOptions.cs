using Concierge.Grains.Interfaces.Companies;
using Concierge.Grains.Interfaces.Phones;

namespace Concierge.Silo.Hosting;

/// <summary>
/// The single-owner setup (configuration section <c>Concierge:Owner</c>): what the default company starts with. These
/// seed the company once, when it has no settings yet; afterwards its stored settings (edited on the dashboard's Settings
/// page or through <c>/api/settings</c>) win. <see cref="ApiKey"/> is a credential, not a setting: it is registered at every start.
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

    /// <summary>IANA time zone the owner reads dates and days in ("Europe/Paris").</summary>
    public string TimeZone { get; set; } = CompanyTimeZone.Default;

    /// <summary>The settings these options describe; throws <see cref="FormatException"/> naming the key when the phone or time zone is invalid.</summary>
    public CompanySettings ToSettings()
    {
        string? phone = null;
        if (!string.IsNullOrWhiteSpace(Phone))
        {
            phone = PhoneNumber.TryParse(Phone, Region, out var number, out var error)
                ? number.E164
                : throw new FormatException($"{SectionName}:Phone: {error}");
        }

        var zone = CompanyTimeZone.Find(TimeZone)
            ?? throw new FormatException($"{SectionName}:TimeZone: '{TimeZone}' is not a time zone; use an IANA id such as Europe/Paris or America/New_York.");
        return new CompanySettings(
            string.IsNullOrWhiteSpace(Name) ? UnnamedCompany : Name,
            Name,
            phone,
            [],
            Greeting,
            Languages.Count > 0 ? [.. Languages] : ["en-US"],
            ScreeningInstructions,
            Region,
            Whisper,
            RingSeconds,
            zone.Id);
    }

    /// <summary>
    /// The keys among <paramref name="configuredKeys"/> (those set in configuration, e.g. "Phone") whose value differs from
    /// <paramref name="stored"/>: what a start leaves unapplied. Names only, never values (phones stay out of logs).
    /// </summary>
    public IReadOnlyList<string> KeysDifferingFrom(CompanySettings stored, IEnumerable<string> configuredKeys)
    {
        var wanted = ToSettings();
        var differs = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase)
        {
            [nameof(Name)] = wanted.OwnerName != stored.OwnerName,
            [nameof(Phone)] = wanted.OwnerPhone != stored.OwnerPhone,
            [nameof(Region)] = wanted.DefaultRegion != stored.DefaultRegion,
            [nameof(Greeting)] = wanted.Greeting != stored.Greeting,
            [nameof(Languages)] = !wanted.Languages.SequenceEqual(stored.Languages),
            [nameof(ScreeningInstructions)] = wanted.ScreeningInstructions != stored.ScreeningInstructions,
            [nameof(Whisper)] = wanted.Whisper != stored.Whisper,
            [nameof(RingSeconds)] = wanted.RingSeconds != stored.RingSeconds,
            [nameof(TimeZone)] = wanted.TimeZone != stored.TimeZone,
        };
        return [.. configuredKeys.Where(key => differs.GetValueOrDefault(key)).Select(key => $"{SectionName}:{key}").Distinct().Order(StringComparer.Ordinal)];
    }
}
