using Concierge.Grains.Interfaces.Leads;

namespace Concierge.WebFront.Leads;

/// <summary>What <c>PUT /api/lead-settings</c> takes: omitted fields take their defaults, except <c>doNotCall</c>, which omitted stays as it is.</summary>
public sealed record LeadSettingsInput(
    IReadOnlyList<LeadQuestionInput?>? Questions,
    CallingHoursInput? CallingHours,
    int? MaxAttempts,
    int? RetryMinutes,
    string? MachineMessage,
    IReadOnlyList<string?>? NotifyEmails,
    IReadOnlyList<string?>? DoNotCall,
    string? ConsentText = null);

public sealed record LeadQuestionInput(string? Text, string? Kind, IReadOnlyList<string?>? Options, bool? Required);

public sealed record CallingHoursInput(IReadOnlyList<string?>? Days, string? From, string? To, string? TimeZone);

/// <summary>A company's lead settings and do-not-call list, as the API shows them.</summary>
public sealed record LeadSettingsResponse(
    IReadOnlyList<LeadQuestion> Questions,
    CallingHours CallingHours,
    int MaxAttempts,
    int RetryMinutes,
    string? MachineMessage,
    IReadOnlyList<string> NotifyEmails,
    IReadOnlyList<string> DoNotCall,
    string? ConsentText)
{
    public static LeadSettingsResponse Of(LeadConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var s = configuration.Settings;
        return new(s.Questions, s.Hours, s.MaxAttempts, s.RetryMinutes, s.MachineMessage, s.NotifyEmails, configuration.DoNotCall, s.ConsentText);
    }
}
