namespace Concierge.Grains.Screening.Offline;

/// <summary>
/// One keyword from the owner's instructions ("plumber", "Dr Patel", "sondages"). Its last word is cut to a simple
/// stem so the usual English and French inflections match too: "plumber" finds "plumbing", "recruiters" finds
/// "recruiter", "démarcheurs" finds "démarchage". It is found in the caller's words or in the topic of a cue heard,
/// so "deliveries" also finds a courier with a parcel and "school" finds "l'école".
/// </summary>
internal sealed record InstructionKeyword
{
    private const int ShortestStem = 4;
    private static readonly string[] Suffixes = ["ies", "eurs", "ers", "ing", "er", "es", "s"];

    // "the plumber" and "le plombier" name the plumber; the caller says "I'm a plumber" or "c'est Karim, plombier".
    private static readonly string[] LeadingArticles = ["the ", "a ", "an ", "my ", "our ", "le ", "la ", "les ", "l ", "un ", "une ", "mon ", "ma ", "mes ", "notre ", "nos "];

    public InstructionKeyword(string text)
    {
        var normalized = SpokenText.Normalize(text).Trim();
        foreach (var article in LeadingArticles)
        {
            if (normalized.StartsWith(article, StringComparison.Ordinal) && normalized.Length > article.Length)
            {
                normalized = normalized[article.Length..];
                break;
            }
        }
        Text = normalized;
        Pattern = Stem(" " + normalized);
    }

    /// <summary>The keyword as the owner wrote it, normalized and without a leading article ("plumber").</summary>
    public string Text { get; }

    private string Pattern { get; }

    public bool IsFoundIn(CallFacts call) =>
        Pattern.Length > 2
        && (SpokenText.Contains(call.NormalizedWords, Pattern) || call.Cues.Any(cue => SpokenText.Contains(cue.NormalizedTopic, Pattern)));

    private static string Stem(string normalized)
    {
        var lastWord = normalized.LastIndexOf(' ') + 1;
        foreach (var suffix in Suffixes)
        {
            if (normalized.EndsWith(suffix, StringComparison.Ordinal) && normalized.Length - lastWord - suffix.Length >= ShortestStem)
            {
                return normalized[..^suffix.Length];
            }
        }
        return normalized;
    }
}
