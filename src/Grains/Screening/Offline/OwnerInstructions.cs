namespace Concierge.Grains.Screening.Offline;

/// <summary>
/// The part of the owner's free-text instructions the offline screener understands: lists of keywords after
/// "Always put through" and "Never put through" (or French "Toujours passer" / "Ne jamais passer"), e.g.
/// <code>
/// Always put through: school, Dr Patel, plumber
/// Never put through: surveys, recruiters
/// </code>
/// Keywords are separated by commas, semicolons, slashes, "and"/"or"/"et"/"ou"; a list runs to the end of its line or
/// to the next marker. Anything else in the instructions is ignored (the model-backed screener reads it).
/// </summary>
internal sealed record OwnerInstructions(IReadOnlyList<InstructionKeyword> AlwaysPutThrough, IReadOnlyList<InstructionKeyword> NeverPutThrough)
{
    private static readonly char[] KeywordSeparators = [',', ';', '/', ':', '\n'];
    private static readonly string[] WordSeparators = [" and ", " or ", " et ", " ou "];

    // Longer markers first: "never put through" must win over the "put through" inside it.
    private static readonly (string Pattern, bool Always)[] Markers =
    [
        .. new[]
        {
            "never put through", "never transfer", "never let through", "never connect", "don't put through", "do not put through",
            "don't transfer", "do not transfer", "ne jamais passer", "ne jamais transférer", "ne pas passer", "ne pas transférer",
            "jamais", "never", "block", "bloquer", "refuser",
        }.Select(marker => (SpokenText.Normalize(marker), false)),
        .. new[]
        {
            "always put through", "always transfer", "always let through", "always connect", "put through", "let through",
            "toujours passer", "toujours transférer", "toujours laisser passer", "laisser passer", "passer toujours", "always", "toujours",
        }.Select(marker => (SpokenText.Normalize(marker), true)),
    ];

    public static OwnerInstructions None { get; } = new([], []);

    public static OwnerInstructions Parse(string instructions)
    {
        var always = new List<InstructionKeyword>();
        var never = new List<InstructionKeyword>();
        foreach (var line in instructions.Split('\n'))
        {
            bool? listIsAlways = null;
            foreach (var item in SplitItems(line))
            {
                foreach (var (text, isAlways) in SplitAtMarkers(SpokenText.Normalize(item), listIsAlways))
                {
                    listIsAlways = isAlways;
                    if (text.Length > 0)
                    {
                        (isAlways ? always : never).Add(new InstructionKeyword(text));
                    }
                }
            }
        }
        return always.Count == 0 && never.Count == 0 ? None : new(always, never);
    }

    private static IEnumerable<string> SplitItems(string line) =>
        line.Split(KeywordSeparators, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(item => item.Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>
    /// Splits one normalized item at the markers in it: "school never put through surveys" under an always-list gives
    /// ("school", always) and ("surveys", never). Text before any marker belongs to the list already open, if any.
    /// </summary>
    private static IEnumerable<(string Text, bool Always)> SplitAtMarkers(string item, bool? openList)
    {
        var position = 0;
        var current = openList;
        while (position < item.Length)
        {
            var (index, marker) = NextMarker(item, position);
            var end = index < 0 ? item.Length : index;
            var text = item[position..end].Trim();
            if (current is { } isAlways)
            {
                yield return (text, isAlways);
            }
            if (index < 0)
            {
                yield break;
            }
            current = marker.Always;
            yield return ("", marker.Always);
            // Keep the marker's trailing space: it is the leading space of the next word.
            position = index + marker.Pattern.Length - 1;
        }
    }

    private static (int Index, (string Pattern, bool Always) Marker) NextMarker(string item, int from)
    {
        var best = (Index: -1, Marker: (Pattern: "", Always: false));
        foreach (var marker in Markers)
        {
            var index = item.IndexOf(marker.Pattern, from, StringComparison.Ordinal);
            if (index >= 0 && (best.Index < 0 || index < best.Index || (index == best.Index && marker.Pattern.Length > best.Marker.Pattern.Length)))
            {
                best = (index, marker);
            }
        }
        return best;
    }
}
