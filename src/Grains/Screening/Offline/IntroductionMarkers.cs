namespace Concierge.Grains.Screening.Offline;

/// <summary>The words around a self-introduction, in English and French, as lower-case token sequences.</summary>
internal static class IntroductionMarkers
{
    /// <summary>Words a name follows: "this is Sam", "je m'appelle Marc Dupont", "ici Paul".</summary>
    public static IReadOnlyList<string[]> BeforeName { get; } =
    [
        ["my", "name", "is"], ["my", "name's"], ["name's"], ["this", "is"], ["it's"], ["it", "is"], ["i'm"], ["i", "am"],
        ["je", "m'appelle"], ["moi", "c'est"], ["c'est"], ["ici"], ["je", "suis"],
    ];

    /// <summary>Words a name precedes: "Tom Becker here", "Paul à l'appareil".</summary>
    public static IReadOnlyList<string[]> AfterName { get; } = [["here"], ["speaking"], ["à", "l'appareil"]];

    /// <summary>Words an organisation follows: "from Northwind", "I'm with DHL", "chez Orange".</summary>
    public static IReadOnlyList<string[]> BeforeOrganisation { get; } =
        [["from"], ["with"], ["at"], ["chez"], ["de", "la", "part", "de"], ["de", "la", "part"]];

    /// <summary>Articles skipped between a marker and the organisation ("from the Springfield Police").</summary>
    public static IReadOnlySet<string> Articles { get; } = new HashSet<string>(StringComparer.Ordinal) { "the", "le", "la", "les", "du", "des", "de" };

    /// <summary>Titles kept in front of a name ("Dr. Patel", "Mme Garcia").</summary>
    public static IReadOnlySet<string> Titles { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "dr", "doctor", "mr", "mrs", "ms", "miss", "officer", "coach", "professor", "prof", "nurse", "detective", "sergeant",
        "captain", "docteur", "maître", "maitre", "me", "madame", "monsieur", "mme", "m", "mlle", "adjudant", "capitaine", "professeur",
    };

    /// <summary>
    /// Capitalized words that are not names: sentence starts, greetings, pronouns, days. Speech-to-text capitalizes
    /// them, so capitals alone would read "Hello" or "Urgent" as a caller's name.
    /// </summary>
    public static IReadOnlySet<string> NotNames { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "i", "i'm", "i've", "i'd", "i'll", "hi", "hello", "hey", "yes", "yeah", "no", "oh", "um", "uh", "ok", "okay", "good",
        "morning", "evening", "afternoon", "please", "sorry", "thanks", "thank", "the", "this", "that", "it", "it's", "is", "just",
        "well", "so", "and", "but", "we", "we're", "you", "your", "my", "our", "congratulations", "urgent", "important", "not",
        "me", "here", "there", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "bonjour", "bonsoir", "salut", "coucou", "allô", "allo", "oui", "non", "merci", "pardon", "désolé", "excusez-moi", "c'est",
        "je", "moi", "ici", "félicitations", "votre", "vous", "nous", "il", "elle", "on", "le", "la", "les", "euh", "attendez",
    };
}
