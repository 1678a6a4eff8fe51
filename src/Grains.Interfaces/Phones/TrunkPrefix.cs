namespace Concierge.Grains.Interfaces.Phones;

/// <summary>A national trunk prefix ("0", Russia's "8", NANP's "1").</summary>
/// <param name="Digits">The prefix.</param>
/// <param name="CanStartNationalNumber">National numbers may begin with the same digits (Russia's 8 and its 800 freephone).</param>
internal readonly record struct TrunkPrefix(string Digits, bool CanStartNationalNumber)
{
    /// <summary>Reads "0", or "8?" for a prefix national numbers may also start with.</summary>
    public static TrunkPrefix Parse(string cell) =>
        cell.EndsWith('?') ? new TrunkPrefix(cell[..^1], CanStartNationalNumber: true) : new TrunkPrefix(cell, CanStartNationalNumber: false);
}
