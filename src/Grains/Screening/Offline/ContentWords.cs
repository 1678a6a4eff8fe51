namespace Concierge.Grains.Screening.Offline;

/// <summary>
/// Tells the words that carry a reason for calling ("keys", "dinner", "inspector") from those that only greet, ask for
/// the owner, introduce the caller or ask to leave a message. A clause with two reason words says why they call.
/// </summary>
internal static class ContentWords
{
    private const int ShortestContentWord = 3;

    // Conversation glue beyond the function words: greetings, asking for someone, time fillers, message requests.
    private static readonly HashSet<string> Glue = new(StringComparer.Ordinal)
    {
        "calling", "call", "called", "name", "speaking", "here", "there", "around", "available", "home", "speak", "talk",
        "reach", "need", "needs", "want", "wanted", "like", "love", "hoping", "trying", "get", "hold", "today", "now", "right",
        "just", "moment", "minute", "second", "again", "please", "really", "tell", "let", "know", "message", "back", "say",
        "rather", "quick", "okay", "sure", "how", "doing", "fine", "great", "well", "very", "much", "any", "some", "still",
        "hey", "hiya", "bye", "goodbye", "whether", "wondering", "mind", "might", "may", "thing", "things", "something",
        "appeler", "appel", "appele", "rappeler", "joindre", "disponible", "voudrais", "voulais", "aimerais", "souhaiterais",
        "pourrais", "juste", "simplement", "plait", "dites", "dis", "personnel", "comment", "allez", "vais", "aujourd", "hui",
        "maintenant", "instant", "petit", "message", "euh", "bah", "voila", "alors", "donc", "tres", "peu", "aurais", "aime",
        "est", "etait", "sera", "avoir", "etre", "faire", "fait", "quelque", "chose", "savoir",
    };

    /// <summary>Counts the reason words in a clause. Capitalized words count only first in the clause: they are names.</summary>
    public static int CountIn(IReadOnlyList<SpokenToken> clause, CueLexicon lexicon, string ownerName)
    {
        var count = 0;
        for (var index = 0; index < clause.Count; index++)
        {
            var token = clause[index];
            if (index > 0 && token.IsCapitalized)
            {
                continue;
            }
            foreach (var word in SpokenText.Normalize(token.LowerWithoutElision).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (IsContent(word, lexicon, ownerName))
                {
                    count++;
                }
            }
        }
        return count;
    }

    private static bool IsContent(string word, CueLexicon lexicon, string ownerName) =>
        word.Length >= ShortestContentWord
        && !word.All(char.IsAsciiDigit)
        && !FunctionWords.English.Contains(word)
        && !FunctionWords.French.Contains(word)
        && !Glue.Contains(word)
        && !lexicon.IsIdentityWord(word)
        && !string.Equals(word, ownerName, StringComparison.OrdinalIgnoreCase);
}
