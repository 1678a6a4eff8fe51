namespace Concierge.Grains.Screening.Offline;

/// <summary>
/// A caller asking for a human rather than the assistant, in English and French, matched like every offline cue
/// (whole words, case and accents folded: "conseillère" and "conseillere" alike). Phrases are about a person to talk to,
/// so "a person called Sam" or "personnellement" do not trip them.
/// </summary>
internal static class PersonRequestCues
{
    private static readonly string[] Phrases =
    [
        // English
        "speak to a person", "speak with a person", "talk to a person", "talk with a person", "speak to a human", "talk to a human",
        "speak to someone", "talk to someone", "speak with someone", "a real person", "a real human", "a human being", "a live person",
        "an actual person", "speak to an agent", "talk to an agent", "an operator", "customer service", "a representative",
        "speak to a member of staff", "not a robot", "not a machine", "transfer me to", "put me through to someone",
        // French
        "un conseiller", "une conseillere", "un conseillere", "une vraie personne", "un vrai humain", "une personne reelle",
        "parler a quelqu un", "parler a une personne", "parler a un humain", "parler a un agent", "un operateur", "une operatrice",
        "service client", "pas un robot", "pas une machine", "passez moi quelqu un", "un etre humain",
    ];

    private static readonly string[] Patterns = [.. Phrases.Select(SpokenText.Normalize)];

    /// <summary>Whether <paramref name="words"/> ask for a person.</summary>
    public static bool AskForAPerson(string words)
    {
        var normalized = SpokenText.Normalize(words);
        return Patterns.Any(pattern => SpokenText.Contains(normalized, pattern));
    }
}
