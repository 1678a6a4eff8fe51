namespace Concierge.Grains.Scheduling.Spoken;

/// <summary>
/// One word of a spoken date: folded to lower-case ASCII, with its value when it is a number said in digits or words
/// ("17", "dix-sept", "twenty-first").
/// </summary>
/// <param name="Word">The folded word ("apresmidi" for "après-midi": fixed expressions are joined).</param>
/// <param name="Number">Its value when it is a number, or null.</param>
/// <param name="Ordinal">Said as an ordinal ("3rd", "third", "1er", "premier").</param>
/// <param name="Digits">How many digits it was written with; 0 when said in words.</param>
internal readonly record struct DateToken(string Word, int? Number, bool Ordinal, int Digits)
{
    public bool Is(string word) => Word == word;

    public bool IsAny(params ReadOnlySpan<string> words)
    {
        foreach (var word in words)
        {
            if (Word == word)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A day of the month: 1 to 31, in at most two digits.</summary>
    public bool IsDayOfMonth => Number is >= 1 and <= 31 && Digits <= 2;
}
