namespace Concierge.Grains.Screening.Offline;

/// <summary>
/// All cue phrases, English and French together: a French caller may say "press 1" and an English one "CPF", and
/// each language's phrases are written so they do not collide with the other's words.
/// </summary>
/// <remarks>
/// Finding cues is indexed by first word: for each word the caller said, only the phrases starting with that word
/// are compared, so a decision costs a few microseconds however long the lexicon grows.
/// </remarks>
internal sealed class CueLexicon
{
    private readonly IReadOnlyList<Cue> cues;
    private readonly Dictionary<string, List<int>>.AlternateLookup<ReadOnlySpan<char>> byFirstWord;
    private readonly IReadOnlyList<int> oneWordPrefixes;
    private readonly HashSet<string> identityWords;

    public CueLexicon(IEnumerable<Cue> phrases)
    {
        cues = [.. phrases];
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var prefixes = new List<int>();
        for (var position = 0; position < cues.Count; position++)
        {
            var words = cues[position].Pattern.Trim();
            var firstWordEnd = words.IndexOf(' ', StringComparison.Ordinal);
            if (firstWordEnd < 0 && cues[position].IsPrefix)
            {
                // "hospitalisé*" has no whole first word to look up; the few such cues are compared with every word.
                prefixes.Add(position);
                continue;
            }
            var firstWord = firstWordEnd < 0 ? words : words[..firstWordEnd];
            if (!index.TryGetValue(firstWord, out var positions))
            {
                index[firstWord] = positions = [];
            }
            positions.Add(position);
        }
        byFirstWord = index.GetAlternateLookup<ReadOnlySpan<char>>();
        oneWordPrefixes = prefixes;
        identityWords = cues
            .Where(cue => cue.Kind is CueKind.PersonalRelation or CueKind.BusinessRole)
            .Select(cue => cue.Pattern.Trim())
            .Where(word => !word.Contains(' ', StringComparison.Ordinal))
            .ToHashSet(StringComparer.Ordinal);
    }

    public static CueLexicon Default { get; } = new([.. EnglishScamCues.All, .. FrenchScamCues.All, .. EnglishPitchCues.All, .. FrenchPitchCues.All, .. EnglishCues.All, .. FrenchCues.All]);

    /// <summary>The cues found in <paramref name="normalized"/>, in lexicon order (so the result is deterministic).</summary>
    public IReadOnlyList<Cue> FindIn(string normalized)
    {
        var found = new SortedSet<int>();
        var text = normalized.AsSpan();
        // Every word starts after a space; the space is part of each pattern, so the comparison starts on it.
        for (var space = 0; space < text.Length - 1; space = text[(space + 1)..].IndexOf(' ') + space + 1)
        {
            var rest = text[space..];
            var wordLength = rest[1..].IndexOf(' ');
            if (byFirstWord.TryGetValue(rest.Slice(1, wordLength), out var candidates))
            {
                foreach (var candidate in candidates)
                {
                    if (rest.StartsWith(cues[candidate].Pattern, StringComparison.Ordinal))
                    {
                        found.Add(candidate);
                    }
                }
            }
            foreach (var candidate in oneWordPrefixes)
            {
                if (rest.StartsWith(cues[candidate].Pattern, StringComparison.Ordinal))
                {
                    found.Add(candidate);
                }
            }
        }
        return [.. found.Select(position => cues[position])];
    }

    /// <summary>True for a one-word relation or role ("friend", "plombier"): it says who calls, not why.</summary>
    public bool IsIdentityWord(string normalizedWord) => identityWords.Contains(normalizedWord);
}
