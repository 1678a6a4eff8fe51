namespace Concierge.Grains.Notes.Offline;

/// <summary>
/// Words that show what a staff note is, in English and French, as normalized phrases (<see cref="Screening.Offline.SpokenText"/>:
/// lower case, no accents). A marker names the kind of note outright ("tip:", "pour info"); a work verb or a deadline
/// only leans towards a job.
/// </summary>
internal static class NoteCues
{
    /// <summary>Phrases that introduce knowledge for the team: weight 3, more than any one job cue.</summary>
    public static readonly string[] KnowledgeMarkers =
    [
        "note for the team", "tip", "for future reference", "how to", "lesson", "procedure", "good to know", "remember",
        "the trick", "safety", "reminder for everyone", "fyi", "info", "how we do", "documenting", "best practice",
        "explanation", "checklist", "for reference", "rule of thumb", "heads up", "for everyone",
        "note pour", "astuce", "pour info", "comment", "lecon", "bon a savoir", "rappel", "le truc", "consigne",
        "methode", "a retenir", "explication", "bonne pratique", "fonctionnement", "liste a suivre", "pour tous",
    ];

    /// <summary>How knowledge is usually phrased (general truths, codes, rules): weight 1.</summary>
    public static readonly string[] KnowledgeHints =
    [
        "always", "never", "usually", "means", "works differently", "code", "error", "fault", "apprentices", "the team",
        "toujours", "jamais", "souvent", "veut dire", "defaut", "apprentis", "l equipe", "est le meme",
    ];

    /// <summary>Work to be done: weight 2.</summary>
    public static readonly string[] WorkVerbs =
    [
        "replace", "fix", "install", "repair", "fit", "bleed", "service", "quote", "book", "measure up", "finish", "move",
        "check the", "disconnect", "go round", "go back", "go and", "need a plumber", "needs her", "needs his", "we have to",
        "need to", "needs to", "can someone", "job for", "job",
        "remplacer", "installer", "poser", "reparer", "changer", "purger", "devis", "finir", "deplacer", "verifier la",
        "debranche", "passer", "retourner", "aller", "intervention", "planifier", "il faut", "on doit", "a faire", "chantier",
    ];

    /// <summary>A customer, a place, a deadline, a fault: weight 1.</summary>
    public static readonly string[] JobHints =
    [
        "customer", "client", "cliente", "tenant", "locataire", "mr", "mrs", "ms", "m", "mme", "chez",
        "today", "tomorrow", "this afternoon", "next week", "this week", "before", "by", "end of the month", "urgent",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "aujourd hui", "demain", "cet apres midi", "semaine prochaine", "cette semaine", "avant", "d ici", "fin du mois",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        "leak", "leaking", "burst", "blocked", "not heating", "cold", "broken", "keeps running",
        "fuite", "fuit", "bouchee", "en panne", "ne chauffe", "eclatee", "degat",
        "bring", "order", "prevoir", "apporter", "prendre", "commander", "il manque",
    ];
}
