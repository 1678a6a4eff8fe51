using Concierge.Grains.Interfaces.Screening;

namespace Concierge.Grains.Calls;

/// <summary>
/// The concierge's fixed lines, in English and French. (What it says while screening comes from the
/// screener's decision; these are the lines around it.) Languages are BCP-47 tags; anything not French is English.
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

    public static string Greeting(string ownerName, string language) => IsFrench(language)
        ? $"Bonjour, vous êtes bien chez {ownerName}. Je suis l'assistant qui répond à ses appels. Puis-je savoir qui appelle, et à quel sujet ?"
        : $"Hello, you've reached {ownerName}. I'm the assistant who answers their calls. May I ask who's calling, and what it's about?";

    public static string PuttingThrough(string callerName, string language) => IsFrench(language)
        ? $"Bonjour {callerName}, je vous mets en relation."
        : $"Hi {callerName}, putting you through now.";

    public static string Reprompt(string language) => IsFrench(language)
        ? "Pardon, je n'ai rien entendu. Qui est à l'appareil, et à quel sujet appelez-vous ?"
        : "Sorry, I didn't catch that. Who's calling, and what is it about?";

    public static string NoSpeechGoodbye(string language) => IsFrench(language)
        ? "Je n'entends toujours rien, je vais raccrocher. N'hésitez pas à envoyer un SMS. Au revoir."
        : "I still can't hear anything, so I'll end the call. Feel free to send a text. Goodbye.";

    public static string LeaveAMessage(string ownerName, string language) => IsFrench(language)
        ? $"{ownerName} ne peut pas répondre pour le moment. Dites-moi votre message, je le lui transmettrai."
        : $"{ownerName} can't take your call right now. Please tell me your message and I'll pass it on.";

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
        var who = callerName ?? (IsFrench(language) ? "quelqu'un qui ne s'est pas présenté" : "someone who didn't give a name");
        var urgent = category == CallCategory.Urgent;
        return IsFrench(language)
            ? $"{(urgent ? "Appel urgent" : "Appel")} de {who}{(purpose is null ? "" : $", au sujet de : {purpose}")}. Appuyez sur 1 pour le prendre, ou raccrochez et je prendrai un message."
            : $"{(urgent ? "Urgent call" : "Call")} from {who}{(purpose is null ? "" : $", about {purpose}")}. Press 1 to take it, or hang up and I'll take a message.";
    }

    /// <summary>Said to the owner who declined.</summary>
    public static string WhisperDeclined(string language) => IsFrench(language)
        ? "D'accord, je prends un message."
        : "OK, I'll take a message.";
}
