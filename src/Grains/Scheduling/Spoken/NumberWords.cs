namespace Concierge.Grains.Scheduling.Spoken;

/// <summary>
/// Numbers up to 59 said in English or French words, cardinal and ordinal, as a caller says a day of the month or the
/// minutes of a time ("twenty-first", "vingt et un", "quarante-cinq").
/// </summary>
internal static class NumberWords
{
    private static readonly Dictionary<string, int> Units = new(StringComparer.Ordinal)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
        ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19,
        ["un"] = 1, ["une"] = 1, ["deux"] = 2, ["trois"] = 3, ["quatre"] = 4, ["cinq"] = 5, ["sept"] = 7,
        ["huit"] = 8, ["neuf"] = 9, ["dix"] = 10, ["onze"] = 11, ["douze"] = 12, ["treize"] = 13, ["quatorze"] = 14,
        ["quinze"] = 15, ["seize"] = 16,
    };

    private static readonly Dictionary<string, int> OrdinalUnits = new(StringComparer.Ordinal)
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7,
        ["eighth"] = 8, ["ninth"] = 9, ["tenth"] = 10, ["eleventh"] = 11, ["twelfth"] = 12, ["thirteenth"] = 13,
        ["fourteenth"] = 14, ["fifteenth"] = 15, ["sixteenth"] = 16, ["seventeenth"] = 17, ["eighteenth"] = 18,
        ["nineteenth"] = 19, ["twentieth"] = 20, ["thirtieth"] = 30, ["premier"] = 1, ["premiere"] = 1,
    };

    private static readonly Dictionary<string, int> Tens = new(StringComparer.Ordinal)
    {
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50,
        ["vingt"] = 20, ["trente"] = 30, ["quarante"] = 40, ["cinquante"] = 50,
    };

    // Suffixes written after digits: "3rd", "21st", "1er", "2e", "2eme".
    private static readonly HashSet<string> OrdinalSuffixes = new(StringComparer.Ordinal) { "st", "nd", "rd", "th", "er", "re", "e", "eme" };

    /// <summary>
    /// Reads the number that starts at <paramref name="words"/>[<paramref name="at"/>], returning the words it took
    /// (0 when none): "dix sept" → 17, "vingt et un" → 21, "twenty first" → 21st, "3 rd" → 3rd.
    /// </summary>
    public static int Read(IReadOnlyList<string> words, int at, out int value, out bool ordinal, out int digits)
    {
        value = 0;
        ordinal = false;
        digits = 0;
        var word = words[at];
        string? Next(int offset) => at + offset < words.Count ? words[at + offset] : null;

        if (char.IsAsciiDigit(word[0]))
        {
            digits = word.Length;
            value = word.Length <= 6 ? int.Parse(word, System.Globalization.CultureInfo.InvariantCulture) : int.MaxValue;
            if (Next(1) is { } suffix && OrdinalSuffixes.Contains(suffix) && word.Length <= 2)
            {
                ordinal = true;
                return 2;
            }

            return 1;
        }

        if (OrdinalUnits.TryGetValue(word, out value))
        {
            ordinal = true;
            return 1;
        }

        if (Tens.TryGetValue(word, out var tens))
        {
            value = tens;
            var offset = Next(1) == "et" && Next(2) is "un" or "une" ? 2 : 1;
            if (Next(offset) is { } unitWord)
            {
                if (Units.TryGetValue(unitWord, out var unit) && unit < 10)
                {
                    value += unit;
                    return offset + 1;
                }

                if (OrdinalUnits.TryGetValue(unitWord, out unit) && unit < 10)
                {
                    value += unit;
                    ordinal = true;
                    return offset + 1;
                }
            }

            return 1;
        }

        if (Units.TryGetValue(word, out value))
        {
            // French 17, 18, 19: "dix-sept".
            if (value == 10 && Next(1) is { } unitWord && Units.TryGetValue(unitWord, out var unit) && unit is >= 7 and <= 9)
            {
                value += unit;
                return 2;
            }

            return 1;
        }

        return 0;
    }
}
