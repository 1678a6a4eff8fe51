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
        .. Cue.Group(CueKind.Urgent, "someone stranded", "batterie", "bloquée au"),
        .. Cue.Group(CueKind.Urgent, "a fall or a sudden illness", "tombée", "relever", "réanimation", "accouche*", "complication", "malade", "choses bizarres", "le quinze", "s'est échappé*", "s'est sauvé*", "renversé*", "entaillé*", "tordu", "s'est battu"),
        .. Cue.Group(CueKind.Urgent, "a danger at home", "fumée", "évacu*", "eau partout", "éclaté", "casser la vitre"),
        .. Cue.Group(CueKind.Urgent, "a child not collected", "ne circulera pas", "un incident"),

        .. Cue.Group(CueKind.Urgent, "a plea for help now", "tout de suite", "immédiatement", "vite", "dépêche-toi", "au secours", "à l'aide", "aidez-moi", "aide-moi", "besoin d'aide"),
        .. Cue.Group(CueKind.Urgent, "harm or danger (word)", "malade", "douleur*", "saign*", "cassé*", "coincé*", "perdu", "perdue", "peur", "danger*", "piégé*", "enfermé*", "agress*", "bagarre", "mourir", "meurt", "mort", "overdose", "noyade"),
        .. Cue.Group(CueKind.EmergencyService, "police", "gendarmerie", "gendarme*", "commissariat", "sapeurs-pompiers", "fourrière"),



        .. Cue.Group(CueKind.Robocall, "press a key", "appuyez sur", "tapez 1", "tapez 2", "tapez 9", "tapez un", "tapez étoile", "touche étoile"),
        .. Cue.Group(CueKind.Robocall, "recorded message", "message enregistré", "message automatique", "appel automatique", "ceci est un message", "ceci est un appel"),
        .. Cue.Group(CueKind.Robocall, "removal from a list", "pour ne plus être appelé"),


        .. Cue.Group(CueKind.WrongNumber, "wrong number", "trompé de numéro", "trompée de numéro", "mauvais numéro", "faux numéro", "erreur de numéro"),

        .. Cue.Group(CueKind.Delivery, "delivery", "livraison", "livreur", "livreuse", "colis", "chronopost", "colissimo", "la poste", "sera livré*", "livrer"),
        .. Cue.Group(CueKind.AtTheDoor, "at the door", "devant chez vous", "devant votre porte", "devant la porte", "devant l'immeuble", "en bas de chez vous", "en bas de l'immeuble", "interphone", "digicode", "code de la porte", "code d'entrée", "je suis en bas"),
        .. Cue.Group(CueKind.Appointment, "appointment", "rendez-vous", "rdv", "réservation"),
        .. Cue.Group(CueKind.Routine, "order ready", "ordonnance", "commande est prête", "est prêt", "est prête", "est arrivé", "est arrivée", "passer la récupérer", "passer le récupérer"),
        .. Cue.Group(CueKind.NeedsOwner, "a decision only the owner can make", "votre accord", "notre accord", "votre validation", "validiez", "valide", "validation du", "votre décision", "décision", "je dois savoir", "il faut qu'il", "il faut qu'elle", "avant ce soir", "il manque son", "vérifier quelques informations"),
        .. Cue.Group(CueKind.NeedsOwner, "a word with the owner", "doit parler à", "veut parler", "voudrait en parler", "souhaite parler", "parler à un parent", "voir un parent", "un parent peut", "qu'un proche", "besoin de votre", "besoin de lui", "besoin qu'il", "besoin qu'un", "il faut que tu", "j'ai besoin de toi"),
        .. Cue.Group(CueKind.NeedsOwner, "someone to come", "venir la chercher", "venir le chercher", "vienne le chercher", "venir chercher", "récupérer votre", "quelqu'un vienne", "quelqu'un peut ouvrir", "quelqu'un pour ouvrir", "vous pouvez descendre", "venir le récupérer"),
        .. Cue.Group(CueKind.Routine, "a notice that needs no answer", "juste pour prévenir", "juste pour informer", "juste pour information", "pour information", "pour info", "pas besoin de", "rien à faire", "je confirme", "pour rappeler", "décaler", "reporter", "sont prêts", "sont arrivées", "sont arrivés", "est disponible", "on le garde", "a bien été", "bien reçu", "vous pouvez passer", "quand vous voulez", "quand il veut", "choisir en ligne", "vous convient", "nouveau passage", "sera livrée", "créneau de livraison"),
        .. Cue.Group(CueKind.OwnerMatter, "someone of the owner's", "votre fils", "votre fille", "votre enfant", "vos enfants", "votre mère", "votre père", "votre femme", "votre mari", "votre compagne", "votre compagnon", "votre frère", "votre sœur", "votre grand-mère", "votre grand-père", "votre famille", "votre chien", "votre chat", "votre cheval", "votre voisin", "ton fils", "ta fille", "ta mère", "ton père", "ton frère", "ta sœur"),
        .. Cue.Group(CueKind.OwnerMatter, "the owner's own affairs", "votre commande", "votre colis", "votre livraison", "votre rendez-vous", "votre réservation", "votre ordonnance", "vos résultats", "votre dossier", "votre demande", "votre plainte", "votre maison", "votre appartement", "votre logement", "votre garage", "votre voiture est", "vos nouvelles", "votre adresse", "votre immeuble", "votre contrat", "votre facture", "votre véhicule", "vos radios", "votre scanner"),
        .. Cue.Group(CueKind.OwnerMatter, "dealings the owner already has", "vous avez commandé", "vous avez réservé", "vous aviez porté plainte", "vous avez demandé", "vous avez mandatée", "vous avez mandaté", "vous m'avez envoyé", "il m'a envoyé", "il a commandé", "a commandées", "a commandé", "a réservé", "immatriculé", "à votre nom", "au nom d'alex", "comme convenu"),
        .. Cue.Group(CueKind.ReturnCall, "returning a call", "vous m'avez appelé*", "tu m'as appelé*", "je vous rappelle", "je te rappelle", "appel manqué", "appel en absence", "vous m'avez laissé un message", "suite à votre appel", "suite à votre message", "m'a demandé de l'appeler", "m'a demandé de vous appeler"),
        .. Cue.Group(CueKind.LeaveMessage, "a message", "dites-lui", "dis-lui", "prévenez-le", "prévenez-la", "laisser un message", "transmettre un message"),

        .. Cue.Group(CueKind.PersonalRelation, "family or friend", "maman", "papa", "ma mère", "ta mère", "mon père", "ton père", "sœur", "frère", "mamie", "papi", "tonton", "tata", "oncle", "tante", "cousine", "ami", "amie", "copain", "copine", "voisin", "voisine", "coloc", "colocataire", "mari", "nièce", "petit-fils", "petite-fille", "filleul", "belle-sœur", "beau-frère", "beau-père", "belle-mère", "compagne", "compagnon", "d'en face", "du dessus", "du dessous", "en colocation"),
        .. Cue.Group(CueKind.BusinessRole, "work or a service", "plombier", "électricien", "artisan", "propriétaire", "bailleur", "agence", "agence immobilière", "cabinet", "clinique", "docteur", "médecin", "dentiste", "pharmacie", "vétérinaire", "collègue", "je travaille avec", "secrétariat", "garagiste", "notaire", "avocat", "comptable", "mairie", "salon", "entreprise", "société", "technicien", "recruteur", "sapeurs-pompiers", "fourrière", "médiathèque", "préfecture", "chu", "pharmacien", "infirmière", "infirmier", "gardien", "stagiaire", "responsable", "fournisseur", "cliente", "comptabilité", "services généraux", "déménageurs", "opticien", "chauffagiste", "institutrice", "entraîneur", "transport scolaire", "centre équestre"),
    ];
}
