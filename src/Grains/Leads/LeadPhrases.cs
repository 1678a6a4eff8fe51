namespace Concierge.Grains.Leads;

/// <summary>What the assistant says on a lead's call, in English or French.</summary>
public static class LeadPhrases
{
    /// <summary>The BCP-47 tag a lead is spoken to in: their language, as the company writes it when it lists it.</summary>
    public static string LanguageTag(string? leadLanguage, IReadOnlyList<string>? companyLanguages)
    {
        var languages = companyLanguages ?? [];
        var language = leadLanguage ?? (languages.Count > 0 ? languages[0][..2] : "en");
        return languages.FirstOrDefault(tag => tag.StartsWith(language, StringComparison.OrdinalIgnoreCase)) ?? (language == "fr" ? "fr-FR" : "en-US");
    }

    public static bool IsFrench(string tag) => tag.StartsWith("fr", StringComparison.OrdinalIgnoreCase);

    /// <summary>Who is calling, that it is an automated assistant, and that the call may be recorded.</summary>
    public static string Introduction(string company, string tag) => IsFrench(tag)
        ? $"Bonjour, ici l'assistant automatique de {company}, suite à votre demande. Cet appel peut être enregistré."
        : $"Hello, this is the automated assistant of {company}, following up on your request. This call may be recorded.";

    public static string Reask(string question, string tag) => IsFrench(tag) ? $"Pardon, je n'ai pas bien compris. {question}" : $"Sorry, I didn't catch that. {question}";

    public static string Thanks(string tag) => IsFrench(tag)
        ? "Merci beaucoup pour vos réponses. Un membre de l'équipe reviendra vers vous. Au revoir."
        : "Thank you very much for your answers. A member of the team will get back to you. Goodbye.";

    public static string Declined(string tag) => IsFrench(tag)
        ? "C'est noté, nous ne vous appellerons plus. Merci et au revoir."
        : "Understood, we will not call you again. Thank you, goodbye.";

    /// <summary>Left on an answering machine when the company wrote no message of its own.</summary>
    public static string MachineMessage(string company, string tag) => IsFrench(tag)
        ? $"Bonjour, ici l'assistant automatique de {company}, suite à votre demande. Nous vous rappellerons. Au revoir."
        : $"Hello, this is the automated assistant of {company}, following up on your request. We will call you back. Goodbye.";
}
