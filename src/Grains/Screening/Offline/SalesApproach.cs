namespace Concierge.Grains.Screening.Offline;

/// <summary>
/// A salesperson who says who they are and why ("this is Dan from Northside Windows, we have a special on double
/// glazing"): someone speaking for a business, whose purpose is selling (an offer, a quote, a free inspection, a
/// partnership, saving money, recruiting), with nothing that ties the call to the owner (an order, an appointment, an
/// account or a job of theirs, one of their people, a caller known from before). A name and a company make a pitch
/// polite, not wanted: it is ended, never put through. The words are the approach's, not a script's, so they carry to
/// pitches the sales cues never listed; no single one decides, only a business voice and a selling purpose together.
/// </summary>
internal static class SalesApproach
{
    /// <summary>The caller speaks for a business: a trade, a firm, a role that sells.</summary>
    private static readonly (string Words, string Pattern)[] BusinessVoice = Patterns(
        "i m with", "i am with", "i work for", "i work with a", "calling from", "on behalf of", "adviser", "advisor", "advisers",
        "consultant*", "representative", "specialist*", "account manager", "business development", "partnerships", "head up",
        "we help", "we re a", "we are a", "our company", "our firm", "a firm", "an agency", "our team", "we work with", "we provide",
        "we offer", "we re offering", "we re running", "we have a", "we ve got a",
        "conseiller*", "conseillere*", "commercial*", "charge de", "chargee de", "nous sommes une", "nous sommes un", "notre societe",
        "notre entreprise", "notre cabinet", "je travaille pour", "nous accompagnons", "nous aidons", "nous proposons", "on propose",
        "nous avons une", "on a une", "je vous appelle de la part",
        "we re", "we are", "we ve", "we can", "we d", "we ll", "our", "nous", "notre", "nos", "on peut", "on vous",
        "broker*", "sales", "marketing", "mortgage*", "insurance", "installer*", "fitter*", "agent", "courtier*", "courtiere*",
        "assurance*", "installateur*", "agent immobilier", "marketing");

    /// <summary>
    /// The purpose is selling: something offered, priced or pitched, or someone recruited. Phrases come before single
    /// words, so the reason quotes the most telling ("walk you through" rather than "options").
    /// </summary>
    private static readonly (string Words, string Pattern)[] SellingPurpose = [.. Patterns(
        "offer*", "special", "deal", "deals", "discount*", "promotion*", "pre approved", "preapproved", "pre qualified", "quote",
        "quotes", "free", "no cost", "complimentary", "save you", "saving you", "save money", "savings", "cheaper", "better rate",
        "better price", "best price", "options", "walk you through", "partnership*", "grant", "grants", "government funded",
        "tax credit*", "no win no fee", "firms like yours", "businesses like yours", "companies like yours", "top of google",
        "opportunit*", "interested", "limited time", "upgrade", "trial", "demo", "introduce", "recruit*", "candidates", "hiring",
        "offre*", "promo*", "remise*", "reduction*", "gratuit*", "devis", "aides de l etat", "aide de l etat", "aides", "prime*",
        "pris en charge", "eligible*", "pre approuve*", "sans frais", "moins cher", "economi*", "partenariat*", "vous presenter",
        "vous proposer", "solution*", "opportunite*", "recrut*", "a prix", "meilleur prix", "tarif*", "interesse*")
        .OrderBy(phrase => phrase.Words.Contains(' ', StringComparison.Ordinal) ? 0 : 1)];

    /// <summary>
    /// Dealings the owner already has, beyond the owner's people and affairs the cues read: a colleague, a client of
    /// theirs, something they asked for, an account they hold.
    /// </summary>
    private static readonly (string Words, string Pattern)[] Dealings = Patterns(
        "colleague*", "i work with", "we work together", "the client", "our client", "your client", "you requested", "you asked for",
        "requested", "you approve", "your approval", "we spoke", "as discussed", "your account", "your policy",
        "collegue*", "je travaille avec", "on travaille ensemble", "le client", "notre client", "ton client", "votre client",
        "vous avez demande", "tu as demande", "tu valides", "vous validez", "votre accord", "ton accord", "on s est parle",
        "nous nous sommes parle", "votre compte", "ton compte");

    /// <summary>
    /// What every owner has, which a salesperson names without knowing them ("we insulate your house", "votre contrat
    /// d'énergie"): no tie, unlike an order, an appointment or one of the owner's people.
    /// </summary>
    private static readonly HashSet<string> Possessions = new(Patterns(
        "your house", "your flat", "your apartment", "your garage", "your car is", "your new", "your address", "your building",
        "your unit", "your contract", "your invoice", "votre maison", "votre appartement", "votre logement", "votre garage",
        "votre voiture est", "vos nouvelles", "votre adresse", "votre immeuble", "votre contrat", "votre facture", "votre véhicule")
        .Select(phrase => phrase.Pattern), StringComparer.Ordinal);

    /// <summary>The selling words that mark the call as a sales approach (said or used, for the reason), or null when it is not one.</summary>
    public static string? Read(ScreeningSituation situation)
    {
        var speaksForBusiness = situation.IsOrganisation || situation.Call.Has(CueKind.BusinessRole)
            || Find(situation.Call.NormalizedWords, BusinessVoice) is not null;
        return speaksForBusiness ? Selling(situation) : null;
    }

    /// <summary>
    /// The selling words of a caller with no tie to the owner, whoever they say they are ("said \"walk you through\"",
    /// "used the word quote"); null when there are none. The classifier puts none of them through on its own.
    /// </summary>
    public static string? Selling(ScreeningSituation situation)
    {
        // "Ms Grant at the school": the caller's own name sells nothing.
        var name = situation.Call.Introduction.Name is { } said ? SpokenText.Normalize(said) : " ";
        var words = situation.Call.NormalizedWords.Replace(name, " ", StringComparison.Ordinal);
        return !HasTieToOwner(situation) && Find(words, SellingPurpose) is { } selling
            ? selling.Contains(' ', StringComparison.Ordinal) ? $"said \"{selling}\"" : $"used the word {selling}"
            : null;
    }

    /// <summary>
    /// Something of the owner's the caller knows: one of their people or affairs, dealings they have, a caller known before. The owner's
    /// name alone is no tie: a salesperson reads it off a list ("hi, is that Alex?").
    /// </summary>
    public static bool HasTieToOwner(ScreeningSituation situation) =>
        situation.Call.Has(CueKind.PersonalRelation)
        || situation.Call.Cues.Any(cue => cue.Kind == CueKind.OwnerMatter && !Possessions.Contains(cue.Pattern))
        || Find(situation.Call.NormalizedWords, Dealings) is not null
        || !string.IsNullOrWhiteSpace(situation.History.KnownName) || situation.History.RecentDecisions.Count > 0;

    /// <summary>The first phrase the caller said, as a person reads it (without the prefix mark).</summary>
    private static string? Find(string normalizedWords, (string Words, string Pattern)[] phrases) =>
        phrases.FirstOrDefault(phrase => SpokenText.Contains(normalizedWords, phrase.Pattern)).Words;

    /// <summary>Phrases normalized as the caller's words are; a trailing '*' matches any word starting so.</summary>
    private static (string Words, string Pattern)[] Patterns(params string[] phrases) =>
        [.. phrases.Select(phrase => (phrase.TrimEnd('*'), phrase.EndsWith('*') ? SpokenText.Normalize(phrase[..^1]).TrimEnd() : SpokenText.Normalize(phrase)))];
}
