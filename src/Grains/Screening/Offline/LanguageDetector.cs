namespace Concierge.Grains.Screening.Offline;

/// <summary>
/// Tells English from French by counting each language's function words and French accented letters in everything
/// the caller said. Names and numbers count for neither, so "Alex?" alone gives no answer.
/// </summary>
internal static class LanguageDetector
{
    private const string FrenchLetters = "àâçéèêëîïôûùœÀÂÇÉÈÊËÎÏÔÛÙŒ";

    /// <summary>The caller's language, or null when their words do not tell.</summary>
    public static SpokenLanguage? Detect(IEnumerable<string> callerTurns, string normalizedWords)
    {
        var french = callerTurns.Sum(turn => turn.Count(FrenchLetters.Contains));
        var english = 0;
        foreach (var word in normalizedWords.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (FunctionWords.French.Contains(word))
            {
                french++;
            }
            else if (FunctionWords.English.Contains(word))
            {
                english++;
            }
        }
        return french > english ? SpokenLanguage.French
            : english > french ? SpokenLanguage.English
            : null;
    }

    /// <summary>
    /// The language to answer in: the caller's when the owner speaks it (or lists no language), otherwise the owner's
    /// first language the screener speaks. A concierge that answers a French caller in English for an English-only
    /// owner sets the right expectation: the owner they may be put through to, or who reads their message, reads English.
    /// </summary>
    public static SpokenLanguage ReplyLanguage(SpokenLanguage? caller, IReadOnlyList<string> ownerTags)
    {
        var owner = ownerTags.Select(SpokenLanguageCodes.FromTag).OfType<SpokenLanguage>().ToList();
        if (caller is { } spoken && (owner.Count == 0 || owner.Contains(spoken)))
        {
            return spoken;
        }
        return owner.Count > 0 ? owner[0] : SpokenLanguage.English;
    }
}
