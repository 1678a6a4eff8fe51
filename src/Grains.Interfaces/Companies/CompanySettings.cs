using Orleans;

namespace Concierge.Grains.Interfaces.Companies;

/// <summary>How a company's calls are answered. Stored as JSON in the company's state: new parameters go last, with a default, so states written before them still read.</summary>
/// <param name="Name">Display name (a person's name in the single-owner setup).</param>
/// <param name="OwnerName">Whom the concierge answers for, as it says it to callers ("Alex").</param>
/// <param name="OwnerPhone">The owner's real phone (E.164) where transfers ring; null: calls cannot be put through, messages are taken instead.</param>
/// <param name="TwilioNumbers">The company's Twilio numbers (E.164); calls to them route here.</param>
/// <param name="Greeting">What callers hear first; null for the default greeting in the caller's language.</param>
/// <param name="Languages">BCP-47 tags, preferred first ("en-US", "fr-FR").</param>
/// <param name="ScreeningInstructions">The owner's instructions to the screener, in their own words.</param>
/// <param name="DefaultRegion">ISO 3166 region for numbers written without a country code ("US", "FR").</param>
/// <param name="Whisper">Brief the owner and ask them to press 1 before a screened caller is connected.</param>
/// <param name="RingSeconds">How long the owner's phone rings before the transfer counts as unanswered.</param>
/// <param name="TimeZone">IANA time zone ("Europe/Paris") the owner reads dates and days in; see <see cref="CompanyTimeZone"/>.</param>
/// <param name="VoiceMode">How screened calls talk (<see cref="VoiceModes"/>); a realtime call falls back to gather when no realtime model is configured.</param>
[GenerateSerializer, Immutable, Alias("concierge.CompanySettings")]
public sealed record CompanySettings(
    string Name,
    string OwnerName,
    string? OwnerPhone,
    IReadOnlyList<string> TwilioNumbers,
    string? Greeting,
    IReadOnlyList<string> Languages,
    string ScreeningInstructions,
    string DefaultRegion = "US",
    bool Whisper = true,
    int RingSeconds = 20,
    string TimeZone = CompanyTimeZone.Default,
    string VoiceMode = VoiceModes.Gather) : PrivateRecord;

/// <summary>What a new call needs to know about its company and caller.</summary>
/// <param name="Caller">The caller's number as E.164, read for the company's region; null for a hidden caller.</param>
[GenerateSerializer, Immutable, Alias("concierge.CallerPolicy")]
public sealed record CallerPolicy(CompanySettings Settings, ExceptionEntry? Exception, string? Caller) : PrivateRecord;
