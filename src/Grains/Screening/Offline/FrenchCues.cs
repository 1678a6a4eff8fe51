namespace Concierge.Grains.Screening.Offline;

/// <summary>
/// French cue phrases. Accents are optional (speech-to-text does not always keep them); short words that are also
/// English ("collège", "don") only appear inside longer phrases so an English caller cannot trip them.
/// </summary>
internal static class FrenchCues
{
    public static IReadOnlyList<Cue> All { get; } =
    [
        .. Cue.Group(CueKind.Urgent, "emergency", "urgence", "urgences", "urgente", "c'est urgent", "au plus vite"),
        .. Cue.Group(CueKind.Urgent, "hospital", "hôpital", "hospitalisé*", "samu"),
        .. Cue.Group(CueKind.Urgent, "accident", "accidenté*"),
        .. Cue.Group(CueKind.Urgent, "injury or illness", "blessé*", "s'est fait mal", "fait mal", "est tombé*", "a fait une chute", "fièvre", "malaise", "inconscient*", "crise cardiaque", "avc"),
        .. Cue.Group(CueKind.Urgent, "death", "décédé*", "décès"),
        .. Cue.Group(CueKind.Urgent, "fire", "incendie", "pompiers"),
        .. Cue.Group(CueKind.Urgent, "flood or leak", "fuite d'eau", "fuite de gaz", "fuite", "dégât des eaux", "dégâts des eaux", "inondation", "inondé*"),
        .. Cue.Group(CueKind.Urgent, "break-in", "cambriol*"),
        .. Cue.Group(CueKind.Urgent, "missing person", "a disparu", "est introuvable"),
        .. Cue.Group(CueKind.Urgent, "school", "école", "du collège", "le collège", "au collège", "lycée", "crèche", "garderie", "maternelle", "nounou", "centre de loisirs", "la maîtresse", "scolaire"),

        .. Cue.Group(CueKind.EmergencyService, "police", "gendarmerie", "gendarme*", "commissariat"),

        .. Cue.Group(CueKind.Authority, "a government office", "impôts", "service des impôts", "trésor public", "finances publiques", "assurance maladie", "cpam", "caf", "urssaf", "sécurité sociale", "tribunal", "huissier"),
        .. Cue.Group(CueKind.Threat, "a threat", "procédure judiciaire", "poursuites", "mandat d'arrêt", "arrestation", "amende", "retard de paiement", "vous devez payer", "si vous ne réglez pas", "saisie", "suspendu*", "expiration"),

        .. Cue.Group(CueKind.Scam, "CPF training account", "cpf", "compte personnel de formation", "compte formation", "droits à la formation"),
        .. Cue.Group(CueKind.Scam, "gift cards", "carte cadeau", "cartes cadeaux", "coupon pcs", "coupons pcs", "transcash", "neosurf"),
        .. Cue.Group(CueKind.Scam, "an investment pitch", "cryptomonnaie*", "crypto-monnaie*", "doubler votre capital", "doubler votre argent", "placement garanti", "rendement garanti"),
        .. Cue.Group(CueKind.Scam, "a prize", "vous avez gagné", "gagnant", "gagnante", "tirage au sort", "lot à retirer", "vous avez été sélectionné*", "bon d'achat"),
        .. Cue.Group(CueKind.Scam, "account verification", "compte bloqué", "compte est bloqué", "compte suspendu", "compte a été suspendu", "opération suspecte", "code reçu par sms", "code de confirmation", "code de validation", "coordonnées bancaires", "numéro de carte", "vos identifiants", "mot de passe", "code que vous allez recevoir", "vérifier votre identité", "paiement frauduleux", "opération frauduleuse"),
        .. Cue.Group(CueKind.Scam, "a hold-the-line tactic", "restez en ligne", "ne raccrochez pas"),
        .. Cue.Group(CueKind.Scam, "tech support", "support technique", "ordinateur est infecté", "prise en main à distance", "contrôle à distance", "prendre le contrôle"),
        .. Cue.Group(CueKind.Scam, "a customs fee", "bloqué en douane", "frais de douane", "régler les frais"),

        .. Cue.Group(CueKind.Robocall, "press a key", "appuyez sur", "tapez 1", "tapez 2", "tapez 9", "tapez un", "tapez étoile", "touche étoile"),
        .. Cue.Group(CueKind.Robocall, "recorded message", "message enregistré", "message automatique", "appel automatique", "ceci est un message", "ceci est un appel"),
        .. Cue.Group(CueKind.Robocall, "removal from a list", "pour ne plus être appelé"),

        .. Cue.Group(CueKind.Sales, "special offer", "démarchage", "démarcheur", "campagne d'information", "c'est obligatoire", "contrôle obligatoire", "titulaire de la ligne", "nous proposons", "je peux vous proposer", "offre", "offres", "en promotion", "une promotion", "promotion exceptionnelle", "vous êtes éligible", "êtes éligible", "sans engagement", "dans votre secteur", "dans votre quartier"),
        .. Cue.Group(CueKind.Sales, "solar panels", "panneaux solaires", "panneau solaire", "photovoltaïque*"),
        .. Cue.Group(CueKind.Sales, "energy savings", "nouvelles aides", "pompe à chaleur", "pompes à chaleur", "isolation", "combles", "bilan énergétique", "rénovation énergétique", "économies d'énergie", "aides de l'état", "prime énergie", "fournisseur d'énergie", "fournisseur d'électricité", "trop cher", "fioul"),
        .. Cue.Group(CueKind.Sales, "insurance offer", "garantie constructeur", "extension de garantie", "mutuelle", "complémentaire santé", "devis gratuit", "faire économiser"),
        .. Cue.Group(CueKind.Sales, "home improvement pitch", "êtes-vous propriétaire", "vous êtes propriétaire", "propriétaire de votre logement", "propriétaire ou locataire"),
        .. Cue.Group(CueKind.Sales, "telecom upgrade", "forfait", "box internet", "offre fibre"),
        .. Cue.Group(CueKind.Sales, "survey", "sondage", "sondages", "enquête", "étude de satisfaction", "questionnaire", "quelques questions"),
        .. Cue.Group(CueKind.Sales, "investment pitch", "défiscalisation", "investissement locatif", "loi pinel"),
        .. Cue.Group(CueKind.Sales, "fundraising", "faire un don", "un don", "vos dons"),

        .. Cue.Group(CueKind.WrongNumber, "wrong number", "trompé de numéro", "trompée de numéro", "mauvais numéro", "faux numéro", "erreur de numéro"),

        .. Cue.Group(CueKind.Delivery, "delivery", "livraison", "livreur", "livreuse", "colis", "chronopost", "colissimo", "la poste", "sera livré*", "livrer"),
        .. Cue.Group(CueKind.AtTheDoor, "at the door", "devant chez vous", "devant votre porte", "devant la porte", "devant l'immeuble", "en bas de chez vous", "en bas de l'immeuble", "interphone", "digicode", "code de la porte", "code d'entrée", "je suis en bas"),
        .. Cue.Group(CueKind.Appointment, "appointment", "rendez-vous", "rdv", "réservation"),
        .. Cue.Group(CueKind.Routine, "order ready", "ordonnance", "commande est prête", "est prêt", "est prête", "est arrivé", "est arrivée", "passer la récupérer", "passer le récupérer"),
        .. Cue.Group(CueKind.ReturnCall, "returning a call", "vous m'avez appelé*", "tu m'as appelé*", "je vous rappelle", "je te rappelle", "appel manqué", "appel en absence", "vous m'avez laissé un message", "suite à votre appel", "suite à votre message", "m'a demandé de l'appeler", "m'a demandé de vous appeler"),
        .. Cue.Group(CueKind.LeaveMessage, "a message", "dites-lui", "dis-lui", "prévenez-le", "prévenez-la", "laisser un message", "qu'il me rappelle", "qu'elle me rappelle", "transmettre un message"),

        .. Cue.Group(CueKind.PersonalRelation, "family or friend", "maman", "papa", "ma mère", "ta mère", "mon père", "ton père", "sœur", "frère", "mamie", "papi", "tonton", "tata", "oncle", "tante", "cousine", "ami", "amie", "copain", "copine", "voisin", "voisine", "coloc", "colocataire", "mari"),
        .. Cue.Group(CueKind.BusinessRole, "work or a service", "plombier", "électricien", "artisan", "propriétaire", "bailleur", "agence", "agence immobilière", "cabinet", "clinique", "docteur", "médecin", "dentiste", "pharmacie", "vétérinaire", "collègue", "je travaille avec", "secrétariat", "garagiste", "notaire", "avocat", "comptable", "mairie", "salon", "entreprise", "société", "technicien", "recruteur"),
    ];
}
