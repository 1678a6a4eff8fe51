namespace Concierge.Grains.Screening.Offline.Learned;

/// <summary>
/// What a caller is doing, as opposed to which words they happen to use: offering something, aiming at anyone in an area,
/// asking for money or for data, threatening a loss, pressing for time, reporting harm, needing a decision, or passing on
/// news that can wait. Each is a handful of words in English and French; the classifier learns how the signals combine
/// (money asked with time pressure, an offer aimed at a street, harm to the owner's people), which carries to wordings
/// it never saw where single words do not. These are features only: no rule reads them.
/// </summary>
internal static class IntentSignals
{
    /// <summary>Someone is hurt, in danger or stranded: a reason to call, however it is worded.</summary>
    public const string Harm = "harm";

    private static readonly (string Name, string[] Patterns)[] Signals =
    [
        Signal("offer",
            "free", "offer*", "special", "discount*", "deal", "deals", "percent off", "promotion*", "pre approved", "preapproved", "pre qualified",
            "qualify", "eligible", "grant", "grants", "government funded", "no cost", "complimentary", "cheaper", "quote", "quotes", "trial",
            "opportunit*", "save", "savings", "upgrade", "best price", "better price", "beat your", "limited time",
            "gratuit*", "offre*", "promo*", "remise", "reduction", "prix", "aides", "aide de l etat", "prime", "primes", "finance par", "finances par",
            "pris en charge", "eligible*", "pre approuve*", "pre qualifie*", "sans frais", "moins cher", "devis", "essai", "a l essai", "opportunite*",
            "pour presque rien", "un euro", "a prix", "meilleur prix"),
        Signal("broad-target",
            "your area", "your street", "the area", "your neighbours", "your neighbors", "homeowner*", "selected", "a few homes", "your profile",
            "your business", "your company", "whoever handles", "in your sector", "near you",
            "quartier", "secteur", "votre rue", "proprietaires", "selectionne*", "vos voisins", "dans le coin", "votre entreprise", "votre profil",
            "la personne qui gere", "votre region"),
        Signal("asks-money",
            "pay", "paying", "payment", "fee", "fees", "charge", "charges", "send money", "transfer", "cash", "bail", "gift card*", "voucher*",
            "release fee", "admin fee", "tax", "owe", "outstanding", "bank transfer",
            "payer", "payez", "paie", "paies", "paiement", "frais", "virement", "regler", "reglez", "mandat", "liquide", "caution", "cartes cadeaux",
            "coupons", "taxe", "impaye*", "solde", "prelevement", "argent"),
        Signal("asks-data",
            "code", "codes", "pin", "password", "details", "card number", "account number", "sort code", "login", "passcode", "seed phrase",
            "recovery phrase", "security code", "three digits", "long number", "remote access", "take control", "download", "install", "verify",
            "confirm your", "read me", "tell me your", "give me your", "give me the", "national insurance",
            "identifiant*", "coordonnees", "rib", "iban", "numero de carte", "numero de compte", "numero de securite", "securite sociale", "cryptogramme",
            "a distance", "telechargez", "installez", "prenne la main", "confirmez", "confirmer votre", "lisez moi", "dictez moi", "donnez moi",
            "communiquez moi", "verifier votre", "phrase de recuperation", "mot de passe", "chiffres"),
        Signal("threatens-loss",
            "suspend*", "blocked", "block", "frozen", "freeze", "cancel*", "expire*", "expiring", "cut off", "disconnect*", "lapse", "locked",
            "warrant", "arrest*", "final notice", "final warning", "lawsuit", "police will", "compromised", "hacked", "stop unless", "will stop",
            "suspendu*", "bloque*", "gele", "annule*", "expire", "expiration", "coupee", "coupe", "resilie", "perdus", "perdu", "supprime",
            "dernier avis", "avertissement", "procedure", "saisie", "pirate*", "verrouille", "frauduleuse", "sinon"),
        Signal("time-pressure",
            "now", "today", "immediately", "urgent*", "right away", "right now", "quickly", "within", "in an hour", "in two hours", "tonight",
            "asap", "as soon as", "before we close", "minutes",
            "tout de suite", "aujourd hui", "maintenant", "immediatement", "vite", "dans une heure", "dans deux heures", "ce soir", "des que possible",
            "le plus vite", "avant la fermeture", "heures"),
        Signal(Harm,
            "hurt", "fell", "fall", "fallen", "collapsed", "accident", "crash", "bleeding", "broken", "broke down", "hospital", "ambulance",
            "paramedics", "fire", "smoke", "flood*", "burst", "stuck", "stolen", "missing", "sick", "fever", "temperature", "can t", "won t start",
            "dying", "battery", "injured", "stroke", "labour", "unconscious", "confused", "loose", "locked out", "help",
            "panne", "tombe*", "blesse*", "saigne", "casse*", "hopital", "urgences", "samu", "pompiers", "fumee", "inonde*", "eclate", "coince*",
            "vole", "disparu", "malade", "fievre", "vomi*", "malaise", "plus marcher", "peux plus", "batterie", "avc", "accouche*", "au secours",
            "enferme*", "bloquee"),
        Signal("owner-people",
            "your son", "your daughter", "your mum", "your mom", "your mother", "your father", "your dad", "your wife", "your husband",
            "your child", "your children", "your kid", "your kids", "your dog", "your cat", "your sister", "your brother", "your parents",
            "your nephew", "your niece", "your grandson", "your granddaughter", "your tenant", "your house", "your flat", "your car",
            "votre fils", "votre fille", "votre mere", "votre maman", "votre pere", "votre femme", "votre mari", "votre enfant", "vos enfants",
            "votre chien", "votre chat", "ta soeur", "ton frere", "ton fils", "ta fille", "ta mere", "ton pere", "votre neveu", "votre petit",
            "votre locataire", "votre maison", "votre appartement", "votre voiture", "ta voiture"),
        Signal("needs-decision",
            "need your", "your approval", "your consent", "approve", "decide", "decision", "sign off", "your ok", "what should i do",
            "what do you want", "can you come", "come and", "come get", "pick up", "collect", "collecting", "needs collecting", "let me in",
            "where is", "where are", "your answer", "before we",
            "votre accord", "valid*", "decide*", "je fais quoi", "qu est ce que je fais", "tu peux venir", "venir la chercher",
            "venir le chercher", "viens", "venez", "ouvrir", "elles sont ou", "ou est", "ta reponse", "il faut votre", "il nous faut votre"),
        Signal("can-wait",
            "no need", "nothing to do", "nothing you need", "ready", "reminder", "reminding", "whenever", "when convenient", "any time",
            "just letting you know", "heads up", "just confirming", "confirmed", "is confirmed", "in the post", "by post", "next week",
            "rien a faire", "pas besoin", "pret", "prete", "prets", "rappel", "quand vous voulez", "quand ca vous arrange", "pour info",
            "je confirme", "est confirme*", "par la poste", "la semaine prochaine", "par courrier"),
    ];

    /// <summary>Each signal the caller's normalized words carry, once, in a fixed order, with the first of their words that gave it.</summary>
    public static IEnumerable<(string Name, string Words)> In(string normalizedWords)
    {
        foreach (var (name, patterns) in Signals)
        {
            if (patterns.FirstOrDefault(pattern => normalizedWords.Contains(pattern, StringComparison.Ordinal)) is { } found)
            {
                yield return (name, found.Trim());
            }
        }
    }

    /// <summary>Whether the caller's normalized words carry <paramref name="signal"/>: that signal's patterns only, not every signal's.</summary>
    public static bool Has(string normalizedWords, string signal) =>
        Signals.First(s => s.Name == signal).Patterns.Any(pattern => normalizedWords.Contains(pattern, StringComparison.Ordinal));

    /// <summary>Phrases normalized as the caller's words are; a trailing '*' matches any word starting so.</summary>
    private static (string, string[]) Signal(string name, params string[] phrases) =>
        (name, [.. phrases.Select(phrase => phrase.EndsWith('*') ? SpokenText.Normalize(phrase[..^1]).TrimEnd() : SpokenText.Normalize(phrase))]);
}
