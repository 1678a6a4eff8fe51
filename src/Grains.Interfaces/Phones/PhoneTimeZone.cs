using PhoneNumbers;

namespace Concierge.Grains.Interfaces.Phones;

/// <summary>The time zone a number's owner most likely lives in, from Google's prefix data (libphonenumber).</summary>
public static class PhoneTimeZone
{
    /// <summary>
    /// The IANA zone of <paramref name="e164"/> when its prefix belongs to exactly one that this machine knows; null when
    /// it spans several (a mobile range across a country's zones) or none: the caller then falls back to a zone of its own.
    /// </summary>
    public static string? Of(string e164)
    {
        if (!PhoneNumber.TryParse(e164, "US", out var number, out _))
        {
            return null;
        }

        var zones = PhoneNumberToTimeZonesMapper.GetInstance().GetTimeZonesForNumber(NumberingPlans.Util.Parse(number.E164, null));
        return zones.Count == 1 && TimeZoneInfo.TryFindSystemTimeZoneById(zones[0], out var zone) ? zone.Id : null;
    }
}
