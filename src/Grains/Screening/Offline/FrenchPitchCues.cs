namespace Concierge.Grains.Screening.Offline;

/// <summary>
/// French cues of an unsolicited call (see <see cref="EnglishPitchCues"/>). Words with an everyday sense ("prêt",
/// "enquête") only appear inside phrases that carry the pitch.
/// </summary>
internal static class FrenchPitchCues
{
    public static IReadOnlyList<Cue> All { get; } =
    [
        // The original vocabulary first, so its reasons read as before; what follows widens it.
        .. Cue.Group(CueKind.Sales, "special offer", "démarchage", "démarcheur", "campagne d'information", "c'est obligatoire", "contrôle obligatoire", "titulaire de la ligne", "nous proposons", "je peux vous proposer", "offre", "offres", "en promotion", "une promotion", "promotion exceptionnelle", "vous êtes éligible", "êtes éligible", "sans engagement", "dans votre secteur", "dans votre quartier"),
        .. Cue.Group(CueKind.Sales, "solar panels", "panneaux solaires", "panneau solaire", "photovoltaïque*"),
        .. Cue.Group(CueKind.Sales, "energy savings", "nouvelles aides", "pompe à chaleur", "pompes à chaleur", "isolation", "combles", "bilan énergétique", "rénovation énergétique", "économies d'énergie", "aides de l'état", "prime énergie", "fournisseur d'énergie", "fournisseur d'électricité", "trop cher", "fioul"),
        .. Cue.Group(CueKind.Sales, "insurance offer", "garantie constructeur", "extension de garantie", "complémentaire santé", "devis gratuit", "faire économiser"),
        .. Cue.Group(CueKind.Sales, "home improvement pitch", "êtes-vous propriétaire", "vous êtes propriétaire", "propriétaire de votre logement", "propriétaire ou locataire"),
        .. Cue.Group(CueKind.Sales, "telecom upgrade", "forfait", "box internet", "offre fibre"),
        .. Cue.Group(CueKind.Sales, "survey", "sondage", "sondages", "enquête", "étude de satisfaction", "questionnaire", "quelques questions"),
        .. Cue.Group(CueKind.Sales, "investment pitch", "défiscalisation", "investissement locatif", "loi pinel"),
        .. Cue.Group(CueKind.Sales, "fundraising", "faire un don", "un don", "vos dons"),

        .. Cue.Group(CueKind.Sales, "special offer", "vous propose", "vous proposer", "offert", "offerte", "gratuit", "gratuite", "gratuits", "gratuites", "sans frais", "réduction", "pour cent sur", "moitié prix", "moins cher", "moins chère", "pré-accordé", "client privilégié", "cliente privilégiée", "dans votre commune", "deux créneaux", "essai gratuit", "pour un euro"),
        .. Cue.Group(CueKind.Sales, "a product pitch", "nous installons", "on installe", "nous aidons", "on place", "nous réalisons l'isolation", "je vous explique", "en deux minutes", "les particuliers", "votre pelouse", "cuisines équipées", "alarmes", "obsèques", "trésorerie", "un crédit"),
        .. Cue.Group(CueKind.Sales, "solar panels", "étude gratuite de votre toiture"),
        .. Cue.Group(CueKind.Sales, "energy savings", "bilans énergétiques", "dispositif gouvernemental", "tarif d'électricité"),
        .. Cue.Group(CueKind.Sales, "insurance offer", "une mutuelle", "changer de mutuelle", "économiseriez", "renégoci*", "les taux"),
        .. Cue.Group(CueKind.Sales, "home improvement pitch", "parler au propriétaire"),
        .. Cue.Group(CueKind.Sales, "telecom upgrade", "la fibre", "raccordable"),
        .. Cue.Group(CueKind.Sales, "recruiting", "cabinet de recrutement", "votre profil", "intérimaires", "intérim", "recrute"),
        .. Cue.Group(CueKind.Sales, "survey", "nous réalisons une enquête", "une enquête pour", "enquête de satisfaction", "une enquête sur", "une étude sur", "vos avis", "recueillons", "noter votre", "de un à dix", "satisfait", "service qualité", "institut"),
        .. Cue.Group(CueKind.Sales, "fundraising", "des dons", "un geste", "par mois peut", "nous soutenir", "votre soutien", "collecte", "sympathisants", "votre contribution", "appel annuel", "campagne d'hiver", "sollicitons"),
        .. Cue.Group(CueKind.Sales, "political campaign", "municipales", "législatives", "présidentielle", "élections", "candidat", "candidate", "campagne électorale", "votre vote", "bureau de vote", "militant", "militante", "référendum", "circonscription", "compter sur votre"),

        // Single words for the same concepts (see EnglishPitchCues).
        .. Cue.Group(CueKind.Sales, "an offer (word)", "offre*", "offert*", "promo*", "remise*", "réduction*", "gratuit*", "économis*", "économies", "moins cher", "tarif*", "éligible*", "abonnement*", "démonstration", "installons", "opportunité*"),
        .. Cue.Group(CueKind.Sales, "recruiting (word)", "recrut*", "chasseur*", "intérim*", "candidature*"),
        .. Cue.Group(CueKind.Sales, "a survey (word)", "sondage*", "questionnaire*", "satisf*"),
        .. Cue.Group(CueKind.Sales, "an appeal for money (word)", "donat*", "caritati*", "bénévol*", "parrain*", "fonds", "collecte*", "cotisation*"),
        .. Cue.Group(CueKind.Sales, "a political campaign (word)", "candidat*", "élection*", "élu", "électeur*", "électoral*", "vote", "voter", "scrutin", "législativ*", "militant*", "député*", "maire", "référendum"),
    ];
}
