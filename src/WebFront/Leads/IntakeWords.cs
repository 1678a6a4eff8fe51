namespace Concierge.WebFront.Leads;

/// <summary>
/// The intake form's own words, in the company's language. Field messages come from the API's rules, in English; a form in
/// another language says instead what each field needs (<see cref="FieldMessages"/>), since a visitor reads the form's language.
/// </summary>
public sealed record IntakeWords(
    string Lang, string Title, string Intro, string Name, string Phone, string Email, string Notes, string Optional, string Send, string Invalid,
    string ThanksTitle, string Thanks, string NoForm, string DoNotCall, string Duplicate)
{
    /// <summary>What each field needs, in this language, by the API's field name; null: the rules' own (English) messages.</summary>
    public IReadOnlyDictionary<string, string>? FieldMessages { get; init; }

    /// <summary>Any other field's message in this language.</summary>
    public string? OtherFieldMessage { get; init; }

    public static IntakeWords English { get; } = new(
        "en", "Request a call", "Leave your details and {0} will call you back.", "Name", "Phone number", "E-mail", "What would you like to talk about?",
        "optional", "Send", "Your request was not sent: see the messages below.", "Thank you",
        "Your request has reached {0}. You will get a call at the number you gave, within their calling hours.",
        "There is no such form.", "This number asked {0} not to call it: no call will be placed.", "{0} already has a request for this number and will call you soon.");

    public static IntakeWords French { get; } = new(
        "fr", "Être rappelé", "Laissez vos coordonnées et {0} vous rappellera.", "Nom", "Numéro de téléphone", "Courriel", "De quoi souhaitez-vous parler ?",
        "facultatif", "Envoyer", "Votre demande n'a pas été envoyée : voyez les messages ci-dessous.", "Merci",
        "Votre demande est bien parvenue à {0}. Vous serez appelé au numéro indiqué, aux heures d'appel de l'entreprise.",
        "Ce formulaire n'existe pas.", "Ce numéro a demandé à {0} de ne plus l'appeler : aucun appel ne sera passé.",
        "{0} a déjà une demande pour ce numéro et vous appellera bientôt.")
    {
        FieldMessages = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["name"] = "Indiquez votre nom (100 caractères au plus).",
            ["phone"] = "Indiquez un numéro de téléphone valide (avec l'indicatif du pays s'il est à l'étranger).",
            ["email"] = "Indiquez une adresse courriel valide, ou laissez ce champ vide.",
            ["notes"] = "Votre message peut faire 2 000 caractères au plus, sans caractères spéciaux invisibles.",
            ["consent.given"] = "Lisez le texte et cochez la case : vous ne serez appelé qu'avec votre accord.",
        },
        OtherFieldMessage = "Cette valeur n'est pas valide.",
    };

    /// <summary>The rules' messages as this form shows them: one message per field in error, in the form's language.</summary>
    public IReadOnlyDictionary<string, string[]> Say(IReadOnlyDictionary<string, string[]> errors) =>
        FieldMessages is null
            ? errors
            : errors.ToDictionary(e => e.Key, e => new[] { FieldMessages.GetValueOrDefault(e.Key) ?? OtherFieldMessage ?? e.Value[0] }, StringComparer.Ordinal);

    public static IntakeWords For(string language) => language == "fr" ? French : English;
}
