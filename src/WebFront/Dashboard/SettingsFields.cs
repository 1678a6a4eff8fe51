using System.Globalization;
using Concierge.Grains.Interfaces.Companies;
using Concierge.WebFront.Api;
using Concierge.WebFront.Api.Contracts;

namespace Concierge.WebFront.Dashboard;

/// <summary>
/// The Settings page's form (fields named as the REST API names them), turned into the REST API's input so
/// <see cref="CompanySettingsInput"/> checks both alike. Texts as typed: languages comma-separated, ring time in seconds.
/// </summary>
public sealed class SettingsFields
{
    public string? OwnerName { get; set; }

    public string? OwnerPhone { get; set; }

    public string? Greeting { get; set; }

    public string? Languages { get; set; }

    public string? ScreeningInstructions { get; set; }

    public string? TimeZone { get; set; }

    public bool Whisper { get; set; }

    public string? RingSeconds { get; set; }

    public string? VoiceMode { get; set; }

    public static SettingsFields Of(CompanySettings settings) => new()
    {
        OwnerName = settings.OwnerName,
        OwnerPhone = settings.OwnerPhone,
        Greeting = settings.Greeting,
        Languages = string.Join(", ", settings.Languages),
        ScreeningInstructions = settings.ScreeningInstructions,
        TimeZone = settings.TimeZone,
        Whisper = settings.Whisper,
        RingSeconds = settings.RingSeconds.ToString(CultureInfo.InvariantCulture),
        VoiceMode = settings.VoiceMode,
    };

    /// <summary>
    /// The API's input for these fields; what the page does not show (company name, Twilio numbers, region) stays as in
    /// <paramref name="current"/>. A ring time that is not a number is noted in <paramref name="validation"/>.
    /// </summary>
    public CompanyInput ToInput(CompanySettings current, Validation validation)
    {
        int? ring = null;
        if (int.TryParse(RingSeconds, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            ring = seconds;
        }
        else
        {
            validation.Add("ringSeconds", CompanySettingsInput.RingSecondsRange);
        }

        // A blank phone means "no phone": messages are taken instead of putting calls through.
        var phone = string.IsNullOrWhiteSpace(OwnerPhone) ? null : OwnerPhone;
        var languages = (Languages ?? "").Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new CompanyInput(
            Id: null, current.Name, OwnerName, phone, TwilioNumbers: null, Greeting, languages, ScreeningInstructions, current.DefaultRegion, Whisper, ring, TimeZone, VoiceMode);
    }
}
