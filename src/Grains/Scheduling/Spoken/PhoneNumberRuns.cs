namespace Concierge.Grains.Scheduling.Spoken;

/// <summary>
/// A caller reading out a phone number ("06 12 34 56 78") says numbers that look like days and hours. Three numbers in
/// digits in a row are a phone, order or house number, never a date: they lose their value before the date is read.
/// </summary>
internal static class PhoneNumberRuns
{
    private const int ShortestRun = 3;

    public static IReadOnlyList<DateToken> Demote(IReadOnlyList<DateToken> tokens)
    {
        var kept = tokens.ToArray();
        for (var start = 0; start < kept.Length;)
        {
            var end = start;
            while (end < kept.Length && kept[end].Digits > 0)
            {
                end++;
            }

            if (end - start >= ShortestRun)
            {
                for (var i = start; i < end; i++)
                {
                    kept[i] = kept[i] with { Number = null, Ordinal = false };
                }
            }

            start = Math.Max(end, start + 1);
        }

        return kept;
    }
}
