using Concierge.Grains.Interfaces.Callers;
using Orleans;

namespace Concierge.WebFront.Api;

/// <summary>How a caller is addressed, shown and blocked: the REST API and the dashboard share these rules.</summary>
public static class CallerRules
{
    public const string DefaultBlockReason = "Blocked by the owner";

    /// <summary>The caller grain for <paramref name="phone"/> in any common format (national numbers read for the company's region); null, with the error noted, when it is not a number.</summary>
    public static async Task<ICallerGrain?> FindAsync(Validation validation, IGrainFactory grains, string companyId, string phone)
    {
        var number = await validation.CompanyPhoneAsync("phone", phone, grains, companyId);
        return number is null ? null : grains.GetGrain<ICallerGrain>(CallerKey.For(companyId, number));
    }

    /// <summary>The reason given (optional, at most 200 characters), else <see cref="DefaultBlockReason"/>.</summary>
    public static string BlockReason(Validation validation, string? reason) => validation.Optional("reason", reason, 200) ?? DefaultBlockReason;

    /// <summary>A number never seen and never blocked has no profile to show.</summary>
    public static bool IsKnown(CallerProfile profile) => profile.CallCount > 0 || profile.Blocked;
}
