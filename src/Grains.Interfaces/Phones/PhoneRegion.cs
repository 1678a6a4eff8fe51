using System.Collections.Immutable;

namespace Concierge.Grains.Interfaces.Phones;

/// <summary>The numbering facts of one region (or of one non-geographic calling code) that parsing needs.</summary>
/// <param name="Code">ISO 3166-1 alpha-2 code, or null for a non-geographic code such as +800.</param>
/// <param name="CallingCode">The ITU country calling code.</param>
/// <param name="Lengths">Allowed lengths of the national significant number.</param>
/// <param name="TrunkPrefixes">Dialled before a national number inside the region (the "0" of "020 …"), longest first.</param>
/// <param name="InternationalPrefixes">Dialled before a country calling code from the region ("00", "011"), longest first.</param>
/// <param name="LeadingDigits">For a region sharing its calling code: the national number prefixes that belong to it.</param>
internal sealed record PhoneRegion(
    string? Code,
    int CallingCode,
    NationalNumberLengths Lengths,
    ImmutableArray<TrunkPrefix> TrunkPrefixes,
    ImmutableArray<string> InternationalPrefixes,
    ImmutableArray<string> LeadingDigits);
