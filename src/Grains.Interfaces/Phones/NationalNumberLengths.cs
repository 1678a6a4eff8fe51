using System.Globalization;
using System.Numerics;

namespace Concierge.Grains.Interfaces.Phones;

/// <summary>
/// The lengths a national significant number may have in one region, as a bit set (bit n set: n digits allowed).
/// E.164 caps a whole number at 15 digits, so the set never needs more than 16 bits.
/// </summary>
internal readonly record struct NationalNumberLengths(int Bits)
{
    public int Min => BitOperations.TrailingZeroCount(Bits);

    public int Max => 31 - BitOperations.LeadingZeroCount((uint)Bits);

    public bool Contains(int length) => length is > 0 and < 32 && (Bits & (1 << length)) != 0;

    /// <summary>Reads "9", "8-10" or "5,7-9" (lengths and inclusive ranges, comma-separated).</summary>
    public static NationalNumberLengths Parse(string text)
    {
        var bits = 0;
        foreach (var part in text.Split(','))
        {
            var dash = part.IndexOf('-', StringComparison.Ordinal);
            var from = int.Parse(dash < 0 ? part : part[..dash], CultureInfo.InvariantCulture);
            var to = dash < 0 ? from : int.Parse(part[(dash + 1)..], CultureInfo.InvariantCulture);
            for (var length = from; length <= to; length++)
            {
                bits |= 1 << length;
            }
        }

        return new NationalNumberLengths(bits);
    }

    /// <summary>For error messages: "9", "8 to 10" or "7, 9 or 10".</summary>
    public override string ToString()
    {
        var lengths = Enumerable.Range(Min, Max - Min + 1).Where(Contains).ToArray();
        if (lengths.Length == 1)
        {
            return lengths[0].ToString(CultureInfo.InvariantCulture);
        }

        return lengths.Length == Max - Min + 1
            ? string.Create(CultureInfo.InvariantCulture, $"{Min} to {Max}")
            : string.Join(", ", lengths[..^1]) + " or " + lengths[^1].ToString(CultureInfo.InvariantCulture);
    }
}
