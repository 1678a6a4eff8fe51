namespace Concierge.Grains.Screening.Offline;

/// <summary>
/// French cues of a scam, by what the caller does (see <see cref="EnglishScamCues"/>). "Le code" alone is no cue: a
/// courier asks for the door code; the code a bank sends by SMS is.
/// </summary>
internal static class FrenchScamCues
{
    public static IReadOnlyList<Cue> All { get; } =
    [
        // The original vocabulary first, so its reasons read as before; what follows widens it.
        .. Cue.Group(CueKind.Authority, "a government office", "impôts", "service des impôts", "trésor public", "finances publiques", "assurance maladie", "cpam", "caf", "urssaf", "sécurité sociale", "tribunal", "huissier"),
        .. Cue.Group(CueKind.Threat, "a threat", "procédure judiciaire", "poursuites", "mandat d'arrêt", "arrestation", "amende", "retard de paiement", "vous devez payer", "si vous ne réglez pas", "saisie", "suspendu*", "expiration"),
        .. Cue.Group(CueKind.Scam, "CPF training account", "cpf", "compte personnel de formation", "compte formation", "droits à la formation"),
        .. Cue.Group(CueKind.Scam, "gift cards", "carte cadeau", "cartes cadeaux", "coupon pcs", "coupons pcs", "transcash", "neosurf",
            "carte google play", "cartes google play", "carte itunes", "cartes itunes", "carte steam", "cartes steam", "carte paysafecard", "cartes paysafecard"),
        .. Cue.Group(CueKind.Scam, "an investment pitch", "cryptomonnaie*", "crypto-monnaie*", "doubler votre capital", "doubler votre argent", "placement garanti", "rendement garanti"),
        .. Cue.Group(CueKind.Scam, "a prize", "vous avez gagné", "gagnant", "gagnante", "tirage au sort", "lot à retirer", "vous avez été sélectionné*", "bon d'achat"),
        .. Cue.Group(CueKind.Scam, "account verification", "compte bloqué", "compte est bloqué", "compte suspendu", "compte a été suspendu", "opération suspecte", "code reçu par sms", "code de confirmation", "code de validation", "coordonnées bancaires", "numéro de carte", "vos identifiants", "mot de passe", "code que vous allez recevoir", "vérifier votre identité", "paiement frauduleux", "opération frauduleuse"),
        .. Cue.Group(CueKind.Scam, "a hold-the-line tactic", "restez en ligne", "ne raccrochez pas"),
        .. Cue.Group(CueKind.Scam, "tech support", "support technique", "ordinateur est infecté", "prise en main à distance", "contrôle à distance", "prendre le contrôle"),
        .. Cue.Group(CueKind.Scam, "a customs fee", "bloqué en douane", "frais de douane", "régler les frais"),

        .. Cue.Group(CueKind.Credential, "a one-time code", "code reçu", "code que vous", "code que je vais", "code à six chiffres", "code confidentiel", "code secret", "lisez-moi le code", "me lire le code", "et le code"),
        .. Cue.Group(CueKind.Credential, "card details", "confirmez votre carte", "confirmer votre carte", "cryptogramme", "date d'expiration"),
        .. Cue.Group(CueKind.Credential, "bank details", "rib", "iban", "numéro de compte", "compte bancaire", "identifiants", "numéro de sécurité sociale"),
        .. Cue.Group(CueKind.Credential, "a transfer to a \"safe\" account", "adresse sécurisée", "phrase de récupération", "transférez vos"),
        .. Cue.Group(CueKind.Credential, "payment in gift cards or vouchers", "cartes cadeau", "coupon*", "pcs", "carte prépayée", "cartes prépayées"),
        .. Cue.Group(CueKind.Credential, "a wire or crypto payment", "virer la caution", "faire un virement", "par virement", "envoie-moi de l'argent", "envoyer de l'argent", "m'envoies de l'argent", "payer une facture pour moi", "je t'envoie le rib", "frais d'avance"),
        // The "grandparent" story: a relative in trouble who needs money wired now. Real family ask you to call back.
        .. Cue.Group(CueKind.Credential, "a wire or crypto payment", "me vires", "vire-moi", "virer de l'argent", "virement à", "virement pour"),
        .. Cue.Group(CueKind.Credential, "remote access to a computer", "répare à distance", "réparer à distance", "accès à distance", "dépannage à distance", "prendre la main", "accès à votre pc", "accès à votre ordinateur", "installez", "installer une application", "téléchargez", "cliquez sur le lien", "anydesk", "teamviewer"),

        .. Cue.Group(CueKind.Authority, "a government office", "centre des impôts", "administration fiscale", "dgfip", "assurance retraite", "caisse de retraite", "caisse primaire", "caisse des dépôts"),
        .. Cue.Group(CueKind.Authority, "a bank or payment company", "votre banque", "la banque", "service fraude", "service sécurité", "protection client", "visa", "paypal", "crédit agricole", "société générale", "bnp", "binance"),
        .. Cue.Group(CueKind.Authority, "a utility", "fournisseur d'électricité", "service des eaux", "edf", "ligne téléphonique"),
        .. Cue.Group(CueKind.Authority, "a tech company", "microsoft", "service windows", "service client apple", "icloud", "norton"),
        .. Cue.Group(CueKind.Threat, "a threat", "votre arrestation", "vous devez rembourser", "sinon", "bloqué*", "gelé", "piraté*", "coupé*", "coupures", "désactivé*", "supprimé*", "expire*", "dernier avertissement", "produits illicites", "la police est saisie", "impayé*", "trop perçu"),

        .. Cue.Group(CueKind.Windfall, "a prize", "grand gagnant", "tirage", "été choisi*", "été sélectionné*", "remboursement", "trop-perçu", "vous attend", "vous avez droit", "séjour gratuit", "gain"),
        .. Cue.Group(CueKind.Fee, "a fee", "des frais", "les frais", "frais de", "frais d'", "taxe", "régler", "réglez", "payez", "payer les", "payer des", "payer une", "à régler", "par carte", "affranchissement", "dédouanement", "droits d'importation"),

        .. Cue.Group(CueKind.Scam, "CPF training account", "mon compte formation", "crédit formation"),
        .. Cue.Group(CueKind.Scam, "a health-card renewal", "carte vitale"),
        .. Cue.Group(CueKind.Scam, "a request for money", "ne dis rien", "n'en parle à personne", "ne pas prévenir", "argent pour la caution"),
        .. Cue.Group(CueKind.Scam, "an investment pitch", "crypto", "cryptos", "bitcoin", "trading", "pour cent par semaine"),
        .. Cue.Group(CueKind.Scam, "account verification", "prélèvement non autorisé"),
        .. Cue.Group(CueKind.Scam, "tech support", "votre ordinateur", "infecté par un virus", "virus"),
        // Microsoft and Windows never phone people about their computer: a caller speaking for them is the tech-support scam.
        .. Cue.Group(CueKind.Scam, "tech support", "support windows", "assistance windows", "sécurité windows", "licence windows", "windows a détecté", "technicien windows", "support microsoft", "assistance microsoft", "technicien microsoft", "de chez microsoft", "de chez windows"),
        .. Cue.Group(CueKind.Scam, "a customs fee", "frais de déblocage", "frais de dédouanement", "frais de livraison"),

        // Single words for the same concepts (see EnglishScamCues).
        .. Cue.Group(CueKind.Credential, "a card number, PIN, password or code", "code", "codes", "cryptogramme", "identifiant*", "iban", "rib", "coupon*", "prépayée*", "anydesk", "teamviewer"),
        .. Cue.Group(CueKind.Authority, "a bank, an office or a utility (word)", "votre compte", "visa", "mastercard", "banque*", "bancaire*", "fraude", "impôt*", "fisc*", "douane*", "retraite", "allocation*", "électricité", "énergie", "gaz"),
        .. Cue.Group(CueKind.Threat, "a threat (word)", "poursuite*", "huissier*", "pénalit*", "amende*", "saisie*", "suspen*", "bloqu*", "gel*", "coupé*", "coupure*", "désactiv*", "supprim*", "expir*", "pirat*", "clon*", "illicite*", "impayé*", "dette*"),
        .. Cue.Group(CueKind.Windfall, "a windfall (word)", "gagné", "gagnant*", "gain*", "lot", "loterie", "récompense*", "remboursement*", "prime", "cadeau*", "sélectionné*", "chanceux", "chanceuse"),
        .. Cue.Group(CueKind.Fee, "a fee (word)", "frais", "taxe", "taxes", "paiement*", "payer", "payez", "réglez", "régler", "caution", "paies", "payes"),
        .. Cue.Group(CueKind.NothingToPay, "nothing to pay", "rien à payer", "sans frais", "aucun frais", "pas de frais", "gratuitement"),
        .. Cue.Group(CueKind.Scam, "money moved out of an account (word)", "liquide", "bitcoin*", "crypto*", "investissement*"),
        .. Cue.Group(CueKind.Fee, "a transfer of your money", "transférer", "transférez", "virer votre", "déplacer votre argent"),
        .. Cue.Group(CueKind.Fee, "a sum of money", "euros", "balles", "virer"),
        .. Cue.Group(CueKind.Threat, "a new-phone story", "nouveau numéro", "nouveau téléphone", "perdu mon téléphone", "cassé mon téléphone", "téléphone est tombé", "téléphone d'un ami", "compte de mon ami"),
    ];
}
