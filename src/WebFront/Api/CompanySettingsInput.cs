using System.Text.RegularExpressions;
using Concierge.Grains.Interfaces.Companies;
using Concierge.Grains.Interfaces.Phones;
using Concierge.WebFront.Api.Contracts;

namespace Concierge.WebFront.Api;

/// <summary>
/// Validates what an operator (<c>/api/companies</c>) or the company itself (<c>/api/settings</c>, the dashboard's Settings
/// page) writes for a company and turns it into settings: one set of rules and messages for all three.
/// </summary>
public static partial class CompanySettingsInput
{
    public const int MaxTwilioNumbers = 20;

    public const string RingSecondsRange = "ringSeconds must be from 5 to 60.";

    /// <summary>
    /// The settings a company writes for itself: as <see cref="Validate"/>, except that its Twilio numbers (which route
    /// calls between companies) are the operator's: omitted, they stay as they are; changed, a field error.
    /// </summary>
    public static CompanySettings? ValidateOwn(CompanyInput input, CompanySettings? current, Validation validation)
    {
        var kept = current?.TwilioNumbers ?? [];
        var settings = Validate(input with { TwilioNumbers = input.TwilioNumbers ?? kept }, validation);
        if (settings is not null && !settings.TwilioNumbers.Order(StringComparer.Ordinal).SequenceEqual(kept.Order(StringComparer.Ordinal)))
        {
            validation.Add("twilioNumbers", "twilioNumbers are assigned by the operator (PUT /api/companies/{id}); leave them out here.");
            return null;
        }

        return settings;
    }

    /// <summary>The settings <paramref name="input"/> describes; null (with field errors) when it is invalid.</summary>
    public static CompanySettings? Validate(CompanyInput input, Validation validation)
    {
        var name = validation.Required("name", input.Name, 100);
        var region = (input.DefaultRegion ?? "US").ToUpperInvariant();
        if (!PhoneNumber.IsKnownRegion(region))
        {
            validation.Add("defaultRegion", $"defaultRegion '{input.DefaultRegion}' is not an ISO 3166 region code such as US or FR.");
            region = "US";
        }

        var ownerName = validation.Optional("ownerName", input.OwnerName, 100);
        var ownerPhone = input.OwnerPhone is null ? null : validation.Phone("ownerPhone", input.OwnerPhone, region);
        var numbers = TwilioNumbers(input.TwilioNumbers ?? [], region, validation);
        var languages = input.Languages is { Count: > 0 } given ? given : ["en-US"];
        if (languages.Count > 5 || languages.Any(tag => !LanguageTag().IsMatch(tag)))
        {
            validation.Add("languages", "languages must be 1 to 5 tags for English or French, such as en-US, en-GB, fr-FR or fr-CA.");
        }

        var greeting = validation.Optional("greeting", input.Greeting, 500);
        var instructions = validation.Optional("screeningInstructions", input.ScreeningInstructions, 4000, multiline: true) ?? "";
        var ring = input.RingSeconds ?? 20;
        if (ring is < 5 or > 60)
        {
            validation.Add("ringSeconds", RingSecondsRange);
        }

        var zone = CompanyTimeZone.Find(input.TimeZone ?? CompanyTimeZone.Default);
        if (zone is null)
        {
            validation.Add("timeZone", $"timeZone '{input.TimeZone}' is not a time zone: use an IANA id such as Europe/Paris, America/New_York or UTC.");
        }

        var voiceMode = validation.OneOf("voiceMode", input.VoiceMode ?? VoiceModes.Gather, VoiceModes.All);
        return validation.IsValid
            ? new CompanySettings(
                name!, ownerName ?? name!, ownerPhone, numbers, greeting, [.. languages], instructions, region, input.Whisper ?? true, ring, zone!.Id, voiceMode!)
            : null;
    }

    private static List<string> TwilioNumbers(IReadOnlyList<string> given, string region, Validation validation)
    {
        if (given.Count > MaxTwilioNumbers)
        {
            validation.Add("twilioNumbers", $"twilioNumbers may list at most {MaxTwilioNumbers} numbers.");
            return [];
        }

        var numbers = given.Select((number, i) => validation.Phone($"twilioNumbers[{i}]", number, region)).OfType<string>().ToList();
        if (numbers.Distinct().Count() != numbers.Count)
        {
            validation.Add("twilioNumbers", "twilioNumbers lists a number twice.");
        }

        return numbers;
    }

    // \z, not $: "$" also matches before a final line break ("en-US\n").
    [GeneratedRegex(@"\A(en|fr)(-[A-Z]{2})?\z")]
    private static partial Regex LanguageTag();
}
