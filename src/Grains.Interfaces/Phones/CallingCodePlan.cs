using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;

namespace Concierge.Grains.Interfaces.Phones;

/// <summary>All regions that share one calling code; the first listed is the one numbers belong to by default.</summary>
internal sealed class CallingCodePlan
{
    // NANP alone has a hundred area codes to tell its regions apart, so they are looked up, not scanned.
    private readonly FrozenDictionary<string, PhoneRegion> regionsByLeadingDigits;
    private readonly int[] leadingDigitLengths;

    public CallingCodePlan(int callingCode, ImmutableArray<PhoneRegion> regions)
    {
        CallingCode = callingCode;
        Regions = regions;
        E164Prefix = "+" + callingCode.ToString(CultureInfo.InvariantCulture);
        regionsByLeadingDigits = regions.SelectMany(r => r.LeadingDigits, (region, digits) => (region, digits))
            .ToFrozenDictionary(p => p.digits, p => p.region, StringComparer.Ordinal);
        leadingDigitLengths = [.. regionsByLeadingDigits.Keys.Select(k => k.Length).Distinct().OrderDescending()];
    }

    public int CallingCode { get; }

    public ImmutableArray<PhoneRegion> Regions { get; }

    public PhoneRegion Main => Regions[0];

    /// <summary>"+" and the code, the start of every E.164 number in this plan.</summary>
    public string E164Prefix { get; }

    /// <summary>The region a national number belongs to: the one whose leading digits match it, else the main region.</summary>
    public PhoneRegion RegionOf(ReadOnlySpan<char> nationalNumber)
    {
        var lookup = regionsByLeadingDigits.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var length in leadingDigitLengths)
        {
            if (nationalNumber.Length >= length && lookup.TryGetValue(nationalNumber[..length], out var region))
            {
                return region;
            }
        }

        return Main;
    }
}
