namespace Concierge.Grains.Screening.Offline;

/// <summary>
/// Finds who the caller says they are: a name after "this is" / "c'est" (or before "here"), a name given alone as
/// an answer ("Sam."), and the organisation <see cref="OrganisationReader"/> finds. Speech-to-text capitalizes proper nouns, so a name
/// is up to three capitalized words, stopped by punctuation or a lower-case word.
/// </summary>
internal static class IntroductionReader
{
    private const int MaxNameWords = 3;

    public static CallerIntroduction Read(IReadOnlyList<IReadOnlyList<SpokenToken>> callerTurns, string ownerFirstName)
    {
        string? name = null;
        string? organisation = null;
        var personal = false;
        foreach (var tokens in callerTurns)
        {
            if (name is null && (NameAfterMarker(tokens, ownerFirstName) ?? NameBeforeMarker(tokens, ownerFirstName) ?? NameGivenAlone(tokens, ownerFirstName)) is { } found)
            {
                (name, personal) = found;
            }
            organisation ??= OrganisationReader.Read(tokens, ownerFirstName);
        }
        return name is null && organisation is null ? CallerIntroduction.Nobody : new(name, organisation, personal);
    }

    private static (string Name, bool Personal)? NameAfterMarker(IReadOnlyList<SpokenToken> tokens, string ownerFirstName)
    {
        foreach (var end in TokenPatterns.MarkerEnds(tokens, IntroductionMarkers.BeforeName))
        {
            if (NameAt(tokens, end, ownerFirstName) is { } name)
            {
                return name;
            }
        }
        return null;
    }

    private static (string Name, bool Personal)? NameBeforeMarker(IReadOnlyList<SpokenToken> tokens, string ownerFirstName)
    {
        foreach (var marker in IntroductionMarkers.AfterName)
        {
            for (var index = 1; index + marker.Length <= tokens.Count; index++)
            {
                if (!TokenPatterns.StartsWith(tokens, index, marker, lastMayEndClause: true))
                {
                    continue;
                }
                // Walk back over capitalized words; a comma before them ("Morning, Tom Becker here") is where they start.
                var start = index;
                while (start > 0 && index - start < MaxNameWords && IsNameWord(tokens[start - 1], ownerFirstName)
                    && (start == index || !tokens[start - 1].EndsClause))
                {
                    start--;
                }
                if (start < index && !tokens[index - 1].EndsClause)
                {
                    var words = tokens.Skip(start).Take(index - start).Select(token => token.Text).ToList();
                    return (string.Join(' ', words), LooksPersonal(words));
                }
            }
        }
        return null;
    }

    /// <summary>A turn that is only a name answers "who is calling?": "Sam." or "Dr. Patel".</summary>
    private static (string Name, bool Personal)? NameGivenAlone(IReadOnlyList<SpokenToken> tokens, string ownerFirstName)
    {
        if (tokens.Count is 0 or > MaxNameWords + 1)
        {
            return null;
        }
        var name = NameAt(tokens, 0, ownerFirstName);
        return name is { } found && found.Name.Split(' ').Length == tokens.Count ? found : null;
    }

    private static (string Name, bool Personal)? NameAt(IReadOnlyList<SpokenToken> tokens, int start, string ownerFirstName)
    {
        var words = new List<string>();
        var index = start;
        if (index + 1 < tokens.Count && IntroductionMarkers.Titles.Contains(tokens[index].Lower) && IsNameWord(tokens[index + 1], ownerFirstName))
        {
            words.Add(Written(tokens[index]));
            index++;
        }
        var personal = true;
        var maxWords = MaxNameWords + words.Count;
        for (; index < tokens.Count && words.Count < maxWords && IsNameWord(tokens[index], ownerFirstName); index++)
        {
            var token = tokens[index];
            if (token.Lower.EndsWith("'s", StringComparison.Ordinal))
            {
                // "Dr. Patel's office", "St. Mary's Hospital": the caller is a place named after a person.
                words.Add(token.Text);
                if (!token.EndsClause && index + 1 < tokens.Count)
                {
                    words.Add(tokens[index + 1].Text);
                }
                personal = false;
                break;
            }
            words.Add(Written(token));
            if (token.EndsClause)
            {
                break;
            }
        }
        if (words.Count == 0 || (words.Count == 1 && IntroductionMarkers.Titles.Contains(words[0].ToLowerInvariant().TrimEnd('.'))))
        {
            return null;
        }
        return (string.Join(' ', words), personal && LooksPersonal(words));
    }

    // An abbreviation keeps its full stop ("Dr.", "St."); a sentence's full stop is not part of the name.
    private static string Written(SpokenToken token) => token.EndsWithPeriod && !token.EndsClause ? token.Text + "." : token.Text;

    private static bool IsNameWord(SpokenToken token, string ownerFirstName) =>
        token.IsCapitalized
        && char.IsLetter(token.Text[0])
        && !IntroductionMarkers.NotNames.Contains(token.Lower)
        && !TokenPatterns.IsOwner(token, ownerFirstName);

    // All-capital words ("UPS") and long names ("Bright Smiles Dental") are organisations more often than people.
    private static bool LooksPersonal(List<string> words) =>
        words.Count <= 2 + (IntroductionMarkers.Titles.Contains(words[0].ToLowerInvariant().TrimEnd('.')) ? 1 : 0)
        && words.All(word => word.Length < 2 || !word.All(char.IsUpper));
}
