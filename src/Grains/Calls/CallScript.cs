using Concierge.Grains.Interfaces.Screening;

namespace Concierge.Grains.Calls;

/// <summary>
/// The concierge's fixed lines, in English and French. (What it says while screening comes from the
/// screener's decision; these are the lines around it.) Languages are BCP-47 tags; anything not French is English.
/// Every line is a whole sentence with the owner's name or without it (a blank name: the owner's name is not set).
/// </summary>
public static class CallScript
{
    public static bool IsFrench(string language) => language.StartsWith("fr", StringComparison.OrdinalIgnoreCase);

    /// <summary>The BCP-47 tag to use for a two-letter screener language, preferring the owner's own variant.</summary>
    public static string TagFor(string twoLetter, IReadOnlyList<string> ownerLanguages)
    {
        var french = IsFrench(twoLetter);
        return ownerLanguages.FirstOrDefault(tag => IsFrench(tag) == french) ?? (french ? "fr-FR" : "en-US");
    }

    public static string TwoLetter(string language) => IsFrench(language) ? "fr" : "en";

    /// <summary>A name (the owner's, a caller's) as said, or null when it is not known.</summary>
    public static string? NameOrNull(string? name) => string.IsNullOrWhiteSpace(name) ? null : name.Trim();

    /// <summary>How callers hear of an owner whose name is not set, inside a sentence.</summary>
    public static string UnnamedOwner(string language) => IsFrench(language) ? "la personne que vous appelez" : "the person you're calling";

    public static string Greeting(string? ownerName, string language) => (IsFrench(language), NameOrNull(ownerName)) switch
    {
        (true, { } owner) => $"Bonjour, vous êtes bien chez {owner}. Je suis l'assistant qui répond à ses appels. Puis-je savoir qui appelle, et à quel sujet ?",
        (true, null) => "Bonjour, je suis l'assistant qui répond aux appels de ce numéro. Puis-je savoir qui appelle, et à quel sujet ?",
        (false, { } owner) => $"Hello, you've reached {owner}. I'm the assistant who answers their calls. May I ask who's calling, and what it's about?",
        (false, null) => "Hello, I'm the assistant who answers calls to this number. May I ask who's calling, and what it's about?",
    };

    public static string PuttingThrough(string? callerName, string language) => (IsFrench(language), NameOrNull(callerName)) switch
    {
        (true, { } caller) => $"Bonjour {caller}, je vous mets en relation.",
        (true, null) => "Bonjour, je vous mets en relation.",
        (false, { } caller) => $"Hi {caller}, putting you through now.",
        (false, null) => "Hi, putting you through now.",
    };

    public static string Reprompt(string language) => IsFrench(language)
        ? "Pardon, je n'ai rien entendu. Qui est à l'appareil, et à quel sujet appelez-vous ?"
        : "Sorry, I didn't catch that. Who's calling, and what is it about?";

    public static string NoSpeechGoodbye(string language) => IsFrench(language)
        ? "Je n'entends toujours rien, je vais raccrocher. N'hésitez pas à envoyer un SMS. Au revoir."
        : "I still can't hear anything, so I'll end the call. Feel free to send a text. Goodbye.";

    public static string LeaveAMessage(string? ownerName, string language)
    {
        var owner = NameOrNull(ownerName) ?? SentenceStart(UnnamedOwner(language));
        return IsFrench(language)
            ? $"{owner} ne peut pas répondre pour le moment. Dites-moi votre message, je le lui transmettrai."
            : $"{owner} can't take your call right now. Please tell me your message and I'll pass it on.";
    }

    public static string MessageThanks(string language) => IsFrench(language)
        ? "Merci, je transmets votre message. Au revoir."
        : "Thank you, I'll pass your message on. Goodbye.";

    public static string NoMessageGoodbye(string language) => IsFrench(language)
        ? "Je n'ai pas reçu de message. Vous pouvez aussi envoyer un SMS. Au revoir."
        : "I didn't get a message. You can also send a text. Goodbye.";

    public static string Goodbye(string language) => IsFrench(language) ? "Au revoir." : "Goodbye.";

    /// <summary>Said to the owner before a screened caller is connected.</summary>
    public static string Whisper(string? callerName, string? purpose, CallCategory? category, string language)
    {
        var who = NameOrNull(callerName) ?? (IsFrench(language) ? "quelqu'un qui ne s'est pas présenté" : "someone who didn't give a name");
        purpose = purpose?.Trim().TrimEnd('.', '!', '?', ';', ',', ' ') is { Length: > 0 } said ? said : null; // the sentence goes on after it
        var urgent = category == CallCategory.Urgent;
        return IsFrench(language)
            ? $"{(urgent ? "Appel urgent" : "Appel")} de {who}{(purpose is null ? "" : $", au sujet de : {purpose}")}. Appuyez sur 1 pour le prendre, ou raccrochez et je prendrai un message."
            : $"{(urgent ? "Urgent call" : "Call")} from {who}{(purpose is null ? "" : $", about {purpose}")}. Press 1 to take it, or hang up and I'll take a message.";
    }

    /// <summary><paramref name="phrase"/> at the start of a sentence.</summary>
    public static string SentenceStart(string phrase) => phrase.Length == 0 ? phrase : char.ToUpperInvariant(phrase[0]) + phrase[1..];

    /// <summary>Said to the owner who declined.</summary>
    public static string WhisperDeclined(string language) => IsFrench(language)
        ? "D'accord, je prends un message."
        : "OK, I'll take a message.";
}
