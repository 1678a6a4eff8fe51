namespace Concierge.Grains.Screening.Offline;

/// <summary>Word-sequence matching over a caller's tokens, shared by the introduction and organisation readers.</summary>
internal static class TokenPatterns
{
    /// <summary>The word is the owner's first name, possibly possessive ("Alex's").</summary>
    public static bool IsOwner(SpokenToken token, string ownerFirstName)
    {
        var word = token.Lower.EndsWith("'s", StringComparison.Ordinal) ? token.Lower[..^2] : token.Lower;
        return ownerFirstName.Length > 0 && string.Equals(word, ownerFirstName, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The owner's first name behind a French elision: "d'Alex", "qu'Alex".</summary>
    public static bool IsOwnerAfterElision(SpokenToken token, string ownerFirstName) =>
        ownerFirstName.Length > 0 && string.Equals(token.TextWithoutElision, ownerFirstName, StringComparison.OrdinalIgnoreCase);

    /// <summary>The index just after each occurrence of each marker.</summary>
    public static IEnumerable<int> MarkerEnds(IReadOnlyList<SpokenToken> tokens, IReadOnlyList<string[]> markers)
    {
        for (var index = 0; index < tokens.Count; index++)
        {
            foreach (var marker in markers)
            {
                if (StartsWith(tokens, index, marker, lastMayEndClause: false))
                {
                    yield return index + marker.Length;
                }
            }
        }
    }

    public static bool StartsWith(IReadOnlyList<SpokenToken> tokens, int index, string[] marker, bool lastMayEndClause)
    {
        if (index + marker.Length > tokens.Count)
        {
            return false;
        }
        for (var offset = 0; offset < marker.Length; offset++)
        {
            // Punctuation inside a marker breaks it ("This is. Sam"); after "here" it ends the introduction.
            if (!string.Equals(tokens[index + offset].Lower, marker[offset], StringComparison.Ordinal)
                || (tokens[index + offset].EndsClause && !(lastMayEndClause && offset == marker.Length - 1)))
            {
                return false;
            }
        }
        return true;
    }
}
