using System.Globalization;
using Concierge.Grains.Interfaces.Companies;
using Concierge.Grains.Interfaces.Leads;
using Concierge.WebFront.Api;

namespace Concierge.WebFront.Leads;

/// <summary>What a lead handed to Concierge must be: the REST API's rules (and, later, the public intake form's).</summary>
public static class LeadIntakeRules
{
    public static IReadOnlyList<string> Languages { get; } = ["en", "fr"];

    /// <summary>How far ahead of this clock a consent time may be (a form's clock running fast).</summary>
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>The lead <paramref name="input"/> describes, numbers read for <paramref name="region"/>; null, with field errors, when invalid.</summary>
    public static NewLead? Validate(LeadInput input, string companyId, string region, DateTimeOffset now, Validation validation)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(validation);
        var name = validation.Required("name", input.Name, 100);
        var phone = validation.Phone("phone", input.Phone, region);
        var email = string.IsNullOrWhiteSpace(input.Email) ? null : LeadSettingsRules.Email(validation, "email", input.Email);
        var source = validation.Optional("source", input.Source, 100);
        var notes = validation.Optional("notes", input.Notes, 2000, multiline: true);
        var consent = Consent(input.Consent, now, validation);
        string? zone = null;
        if (input.TimeZone is not null && (zone = CompanyTimeZone.Find(input.TimeZone)?.Id) is null)
        {
            validation.Add("timeZone", $"timeZone '{input.TimeZone}' is not a time zone: use an IANA id such as Europe/Paris, or leave it out.");
        }

        var language = input.Language is null ? null : validation.OneOf("language", input.Language, Languages);
        return validation.IsValid ? new NewLead(companyId, name!, phone!, email, source, notes, consent!, zone, language) : null;
    }

    private static LeadConsent? Consent(ConsentInput? input, DateTimeOffset now, Validation validation)
    {
        if (input is null)
        {
            validation.Add("consent", "consent is required: {given: true, at, text}, the lead's consent to be called.");
            return null;
        }

        if (input.Given is not true)
        {
            validation.Add("consent.given", "consent.given must be true: a lead is called only with their consent.");
        }

        DateTimeOffset? at = null;
        if (string.IsNullOrWhiteSpace(input.At))
        {
            validation.Add("consent.at", "consent.at is required: when the lead consented, in ISO 8601.");
        }
        else if (!DateTimeOffset.TryParse(input.At, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            validation.Add("consent.at", "consent.at must be a date-time in ISO 8601, e.g. 2026-11-21T09:30:00Z.");
        }
        else if (parsed > now + ClockSkew || parsed.Year < 2000)
        {
            validation.Add("consent.at", "consent.at must be a time in the past: when the lead consented.");
        }
        else
        {
            at = parsed.ToUniversalTime();
        }

        var text = validation.Required("consent.text", input.Text, 1000);
        return at is not null && text is not null && input.Given is true ? new LeadConsent(at.Value, text) : null;
    }
}
