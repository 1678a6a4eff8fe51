namespace Concierge.Grains.Screening.Offline;

/// <summary>
/// Finds the organisation a caller names after "from", "with", "at", "chez" or "de la part de": up to three
/// capitalized words ("from the Springfield Police Department", "chez Orange", "de la part d'Éco Habitat").
/// </summary>
internal static class OrganisationReader
{
    private const int MaxOrganisationWords = 3;

    public static string? Read(IReadOnlyList<SpokenToken> tokens, string ownerFirstName)
    {
        foreach (var end in TokenPatterns.MarkerEnds(tokens, IntroductionMarkers.BeforeOrganisation))
        {
            var index = end;
            while (index < tokens.Count && !tokens[index].IsCapitalized && IntroductionMarkers.Articles.Contains(tokens[index].Lower))
            {
                index++;
            }
            var words = new List<string>();
            for (; index < tokens.Count && words.Count < MaxOrganisationWords && IsOrganisationWord(tokens[index], ownerFirstName); index++)
            {
                // "d'Éco Habitat": the elided "de" belongs to the marker; "Contoso's HR": the company is Contoso.
                words.Add(tokens[index].TextWithoutElision.Replace("'s", "", StringComparison.Ordinal));
                if (tokens[index].EndsClause || tokens[index].Lower.EndsWith("'s", StringComparison.Ordinal))
                {
                    break;
                }
            }
            if (words.Count > 0)
            {
                return string.Join(' ', words);
            }
        }
        return null;
    }

    private static bool IsOrganisationWord(SpokenToken token, string ownerFirstName)
    {
        var text = token.TextWithoutElision;
        return text.Length > 0 && char.IsUpper(text[0]) && !IntroductionMarkers.NotNames.Contains(token.Lower) && !TokenPatterns.IsOwner(token, ownerFirstName);
    }
}
