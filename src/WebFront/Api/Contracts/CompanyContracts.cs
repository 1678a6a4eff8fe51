using Concierge.Grains.Interfaces.Companies;
using Concierge.Silo.Queries;

namespace Concierge.WebFront.Api.Contracts;

/// <summary>
/// A company's settings as the operator (<c>/api/companies</c>) or the company itself (<c>/api/settings</c>) writes them
/// (numbers in any common format; <c>timeZone</c> an IANA id such as Europe/Paris, default UTC; <c>voiceMode</c> gather or
/// realtime). <c>name</c> is required, and a missing one is a 400 naming it; the rest are optional, given defaults here so
/// the OpenAPI document does not require them.
/// </summary>
public sealed record CompanyInput(
    string? Id = null,
    string? Name = null,
    string? OwnerName = null,
    string? OwnerPhone = null,
    IReadOnlyList<string>? TwilioNumbers = null,
    string? Greeting = null,
    IReadOnlyList<string>? Languages = null,
    string? ScreeningInstructions = null,
    string? DefaultRegion = null,
    bool? Whisper = null,
    int? RingSeconds = null,
    string? TimeZone = null,
    string? VoiceMode = null);

public sealed record CompanyResponse(
    string Id,
    string Name,
    string OwnerName,
    string? OwnerPhone,
    IReadOnlyList<string> TwilioNumbers,
    string? Greeting,
    IReadOnlyList<string> Languages,
    string ScreeningInstructions,
    string DefaultRegion,
    bool Whisper,
    int RingSeconds,
    string TimeZone,
    string VoiceMode)
{
    public static CompanyResponse Of(string id, CompanySettings s) => new(
        id, s.Name, s.OwnerName, s.OwnerPhone, s.TwilioNumbers, s.Greeting, s.Languages, s.ScreeningInstructions, s.DefaultRegion, s.Whisper, s.RingSeconds,
        s.TimeZone, s.VoiceMode);
}

public sealed record CompanySummaryResponse(string Id, string Name, string? OwnerPhone, DateTimeOffset CreatedAt)
{
    public static CompanySummaryResponse Of(CompanySummary c) => new(c.CompanyId, c.Name, c.OwnerPhone, DateTimeOffset.FromUnixTimeMilliseconds(c.CreatedAtMs));
}

public sealed record CompanyPageResponse(IReadOnlyList<CompanySummaryResponse> Items, string? NextCursor);

/// <summary>What the new key is for (optional).</summary>
public sealed record ApiKeyInput(string? Label = null);

/// <summary>A key just issued. <paramref name="Key"/> is shown only in this response; store it now.</summary>
public sealed record IssuedApiKeyResponse(string KeyId, string Key, string Label, DateTimeOffset CreatedAt);

public sealed record ApiKeyResponse(string KeyId, string Label, DateTimeOffset CreatedAt);
