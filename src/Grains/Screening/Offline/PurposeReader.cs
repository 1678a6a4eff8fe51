namespace Concierge.Grains.Screening.Offline;

/// <summary>
/// Finds why the caller calls, in their own words: what follows "about" / "au sujet de", otherwise the first clause
/// that says something beyond hello, who they are and whom they want ("I think I picked up Alex's keys by mistake").
/// </summary>
internal static class PurposeReader
{
    private const int MaxPurposeWords = 10;
    private const int ReasonWordsInAClause = 2;

    private static readonly string[][] AboutMarkers =
    [
        ["about"], ["regarding"], ["concerning"], ["au", "sujet", "de"], ["au", "sujet", "du"], ["au", "sujet", "des"],
        ["à", "propos", "de"], ["a", "propos", "de"], ["à", "propos", "du"], ["concernant"],
    ];

    public static string? Read(IReadOnlyList<IReadOnlyList<SpokenToken>> callerTurns, CueLexicon lexicon, string ownerFirstName) =>
        callerTurns.Select(turn => AfterAboutMarker(turn, lexicon, ownerFirstName)).FirstOrDefault(purpose => purpose is not null)
        ?? callerTurns.SelectMany(Clauses)
            .Where(clause => ContentWords.CountIn(clause, lexicon, ownerFirstName) >= ReasonWordsInAClause)
            .Select(Words)
            .FirstOrDefault();

    /// <summary>The caller's clause in which <paramref name="cue"/> was heard, as the short purpose of a cue-driven decision.</summary>
    public static string? ClauseWith(IReadOnlyList<IReadOnlyList<SpokenToken>> callerTurns, Cue cue) =>
        callerTurns.SelectMany(Clauses)
            .Where(clause => cue.IsFoundIn(SpokenText.Normalize(string.Join(' ', clause.Select(token => token.Text)))))
            .Select(Words)
            .FirstOrDefault();

    private static string? AfterAboutMarker(IReadOnlyList<SpokenToken> tokens, CueLexicon lexicon, string ownerFirstName)
    {
        for (var index = 0; index < tokens.Count; index++)
        {
            foreach (var marker in AboutMarkers)
            {
                if (!Matches(tokens, index, marker))
                {
                    continue;
                }
                var phrase = new List<SpokenToken>();
                for (var next = index + marker.Length; next < tokens.Count && phrase.Count < MaxPurposeWords; next++)
                {
                    phrase.Add(tokens[next]);
                    if (tokens[next].EndsClause)
                    {
                        break;
                    }
                }
                if (ContentWords.CountIn(phrase, lexicon, ownerFirstName) > 0)
                {
                    return Words(phrase);
                }
            }
        }
        return null;
    }

    // A loop, not LINQ: it runs for every word of every caller turn and every marker, on every screened turn.
    private static bool Matches(IReadOnlyList<SpokenToken> tokens, int index, string[] marker)
    {
        if (index + marker.Length >= tokens.Count || tokens[index + marker.Length - 1].EndsClause)
        {
            return false;
        }

        for (var offset = 0; offset < marker.Length; offset++)
        {
            if (!string.Equals(tokens[index + offset].Lower, marker[offset], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static IEnumerable<IReadOnlyList<SpokenToken>> Clauses(IReadOnlyList<SpokenToken> tokens)
    {
        var clause = new List<SpokenToken>();
        foreach (var token in tokens)
        {
            clause.Add(token);
            if (token.EndsClause)
            {
                yield return clause;
                clause = [];
            }
        }
        if (clause.Count > 0)
        {
            yield return clause;
        }
    }

    private static string Words(IReadOnlyList<SpokenToken> tokens) =>
        string.Join(' ', tokens.Take(MaxPurposeWords).Select(token => token.Text));
}
