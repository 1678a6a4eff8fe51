using Concierge.Grains.Interfaces.Notes;

namespace Concierge.Grains.Notes;

/// <summary>What the sender is told, in the language of their note (English or French).</summary>
public static class NoteReplies
{
    /// <summary>A text reply is at most 1,600 characters; a title is far shorter, but one is never cut mid-sentence by Twilio.</summary>
    private const int MaxTitle = 300;

    public static string Processed(NoteReading reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        var title = reading.Summary.Title.Length > MaxTitle ? reading.Summary.Title[..MaxTitle] + "…" : reading.Summary.Title;
        var french = reading.Language == "fr";
        return reading.Intent switch
        {
            NoteIntents.Job => french ? $"Enregistré comme chantier : {title}" : $"Saved as a job: {title}",
            NoteIntents.Knowledge => french ? $"Enregistré dans la documentation : {title}" : $"Saved as a knowledge note: {title}",
            _ => french ? "Message bien reçu et enregistré, merci." : "Got it, your message is saved. Thanks.",
        };
    }

    public static string Refused(string language, string reason) => language == "fr"
        ? $"Désolé, ce message n'a pas pu être enregistré : {reason} Envoyez du texte ou un message vocal."
        : $"Sorry, this message could not be saved: {reason} Please send text or a voice note.";

    /// <summary>The reply, as TwiML, to someone who is not one of the company's senders: nothing of theirs is stored.</summary>
    public const string NotASender =
        "Sorry, this number only takes notes from the company's staff. / Désolé, ce numéro ne reçoit que les notes de l'équipe.";
}
