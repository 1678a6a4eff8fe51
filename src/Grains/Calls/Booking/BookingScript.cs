using System.Globalization;
using Concierge.Grains.Interfaces.Scheduling;

namespace Concierge.Grains.Calls.Booking;

/// <summary>
/// What the concierge says in a booking dialogue, in English and French (anything not French is English), with slots
/// spoken as a receptionist would: "tomorrow at 10:30 am", "mardi 1er décembre à 15 h", the day said once for slots on
/// the same day, and a reference read digit by digit.
/// </summary>
internal static class BookingScript
{
    private static readonly string[] EnglishDays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
    private static readonly string[] FrenchDays = ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"];
    private static readonly string[] EnglishMonths = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    private static readonly string[] FrenchMonths = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

    /// <summary>
    /// What an exception-list caller hears when booking is on: they are being put through, and one word turns that into
    /// the booking dialogue ("Hi Mum, putting you through now. Or say appointment to book, move or cancel one.").
    /// </summary>
    public static string PuttingThroughOrBook(string? callerName, string language) => CallScript.IsFrench(language)
        ? $"{CallScript.PuttingThrough(callerName, language)} Ou dites « rendez-vous » pour prendre, déplacer ou annuler un rendez-vous."
        : $"{CallScript.PuttingThrough(callerName, language)} Or say \"appointment\" to book, move or cancel one.";

    /// <summary>Said as the exception-list caller who asked for nothing else is put through.</summary>
    public static string Connecting(string language) => CallScript.IsFrench(language) ? "Je vous mets en relation." : "Connecting you now.";

    public static string AskWhen(string language) => CallScript.IsFrench(language)
        ? "Bien sûr. Quel jour et à quelle heure vous conviendrait ?"
        : "Of course. What day and time would suit you?";

    public static string OtherTime(string language) => CallScript.IsFrench(language)
        ? "Quel autre jour ou quelle autre heure vous conviendrait ?"
        : "Which other day or time would suit you?";

    public static string NothingFree(string language) => CallScript.IsFrench(language)
        ? "Désolé, je n'ai rien de libre à ce moment-là. Quel autre jour vous conviendrait ?"
        : "I'm sorry, there's nothing free then. What other day would suit you?";

    public static string Taken(string language) => CallScript.IsFrench(language)
        ? "Désolé, ce créneau vient d'être pris. "
        : "Sorry, that time has just been taken. ";

    public static string Pardon(string language) => CallScript.IsFrench(language)
        ? "Pardon, je n'ai pas compris. "
        : "Sorry, I didn't catch that. ";

    /// <summary>"I can offer tomorrow at 10 am, 10:30 am or 11 am. Which would you like?"</summary>
    public static string Offer(IReadOnlyList<FreeSlot> slots, DateOnly today, string language)
    {
        var french = CallScript.IsFrench(language);
        var spoken = slots.Select((slot, i) => i > 0 && slots[i - 1].Date == slot.Date ? Time(slot.Start, french) : When(slot.Date, slot.Start, today, french)).ToList();
        var list = spoken.Count == 1 ? spoken[0] : $"{string.Join(", ", spoken[..^1])} {(french ? "ou" : "or")} {spoken[^1]}";
        return (french, spoken.Count == 1) switch
        {
            (true, true) => $"Je peux vous proposer {list}. Je vous le réserve ?",
            (true, false) => $"Je peux vous proposer {list}. Lequel vous convient ?",
            (false, true) => $"I can offer {list}. Shall I book it?",
            (false, false) => $"I can offer {list}. Which would you like?",
        };
    }

    public static string Booked(Appointment appointment, bool moved, bool texted, DateOnly today, string language)
    {
        var french = CallScript.IsFrench(language);
        var when = When(appointment.Date, appointment.Start, today, french);
        var reference = string.Join(' ', appointment.Reference.ToCharArray());
        return french
            ? $"{(moved ? "C'est fait, votre rendez-vous est maintenant" : "C'est réservé :")} {(moved ? "" : $"{appointment.TypeName}, ")}{when}. Votre référence est {reference}{(texted ? ", je vous l'envoie par SMS" : "")}. Au revoir."
            : $"{(moved ? "Done, your appointment is now" : $"You're booked: {appointment.TypeName}")} {when}. Your reference is {reference}{(texted ? ", and I'm texting it to you" : "")}. Goodbye.";
    }

    public static string AskReference(string language) => CallScript.IsFrench(language)
        ? "Pouvez-vous me donner votre référence de rendez-vous, à six chiffres ?"
        : "Could you tell me your six-digit booking reference?";

    public static string UnknownReference(string language) => CallScript.IsFrench(language)
        ? "Je ne trouve pas de rendez-vous avec cette référence. Pouvez-vous me redire ses six chiffres ?"
        : "I couldn't find an appointment with that reference. Could you say its six digits again?";

    public static string Found(Appointment appointment, BookingIntent intent, DateOnly today, string language)
    {
        var french = CallScript.IsFrench(language);
        var when = When(appointment.Date, appointment.Start, today, french);
        return (french, intent) switch
        {
            (true, BookingIntent.Cancel) => $"J'ai trouvé votre rendez-vous ({appointment.TypeName}) {when}. Je l'annule ?",
            (true, _) => $"J'ai trouvé votre rendez-vous ({appointment.TypeName}) {when}. Quel autre jour et quelle heure vous conviendraient ?",
            (false, BookingIntent.Cancel) => $"I found your {appointment.TypeName} {when}. Shall I cancel it?",
            _ => $"I found your {appointment.TypeName} {when}. What day and time would you prefer instead?",
        };
    }

    public static string YesOrNo(string language) => CallScript.IsFrench(language)
        ? "Je l'annule ? Dites oui ou non."
        : "Shall I cancel it? Please say yes or no.";

    public static string Cancelled(Appointment appointment, DateOnly today, string language) => CallScript.IsFrench(language)
        ? $"Votre rendez-vous {When(appointment.Date, appointment.Start, today, french: true)} est annulé. Au revoir."
        : $"Your {appointment.TypeName} {When(appointment.Date, appointment.Start, today, french: false)} is cancelled. Goodbye.";

    public static string Kept(string language) => CallScript.IsFrench(language)
        ? "Très bien, je ne change rien à votre rendez-vous. Au revoir."
        : "All right, I've left your appointment as it is. Goodbye.";

    /// <summary>Said when the dialogue gives way to the take-message path.</summary>
    public static string LeaveAMessage(string? ownerName, string language)
    {
        var owner = CallScript.NameOrNull(ownerName) ?? CallScript.UnnamedOwner(language);
        return CallScript.IsFrench(language)
            ? $"Désolé, je n'ai pas pu m'en occuper. Dites-moi votre message, je le transmettrai à {owner}."
            : $"I'm sorry I couldn't sort that out. Tell me your message and I'll pass it on to {owner}.";
    }

    /// <summary>"today at 3 pm", "tomorrow at 10:30 am", "on Tuesday 1 December at 9 am"; "le mardi 1er décembre à 15 h".</summary>
    public static string When(DateOnly date, TimeOnly start, DateOnly today, bool french)
    {
        var day = (date.DayNumber - today.DayNumber, french) switch
        {
            (0, true) => "aujourd'hui",
            (1, true) => "demain",
            (_, true) => string.Create(CultureInfo.InvariantCulture, $"le {FrenchDays[(int)date.DayOfWeek]} {(date.Day == 1 ? "1er" : date.Day.ToString(CultureInfo.InvariantCulture))} {FrenchMonths[date.Month - 1]}"),
            (0, false) => "today",
            (1, false) => "tomorrow",
            _ => string.Create(CultureInfo.InvariantCulture, $"on {EnglishDays[(int)date.DayOfWeek]} {date.Day} {EnglishMonths[date.Month - 1]}"),
        };
        return $"{day} {(french ? "à" : "at")} {Time(start, french)}";
    }

    /// <summary>"10 am", "10:30 am", "noon"; "10 h", "10 h 30", "midi".</summary>
    public static string Time(TimeOnly time, bool french) => (french, time.Minute) switch
    {
        (true, _) when time is { Hour: 12, Minute: 0 } => "midi",
        (true, 0) => string.Create(CultureInfo.InvariantCulture, $"{time.Hour} h"),
        (true, _) => string.Create(CultureInfo.InvariantCulture, $"{time.Hour} h {time.Minute:00}"),
        (false, _) when time is { Hour: 12, Minute: 0 } => "noon",
        (false, 0) => string.Create(CultureInfo.InvariantCulture, $"{Hour12(time)} {(time.Hour < 12 ? "am" : "pm")}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Hour12(time)}:{time.Minute:00} {(time.Hour < 12 ? "am" : "pm")}"),
    };

    /// <summary>The call log's line for a booking made, moved or cancelled by phone.</summary>
    public static string Logged(string what, Appointment appointment) =>
        string.Create(CultureInfo.InvariantCulture, $"{what} by phone: {appointment.TypeName} on {appointment.Date:yyyy-MM-dd} at {appointment.Start:HH\\:mm}, reference {appointment.Reference}.");

    private static int Hour12(TimeOnly time) => time.Hour % 12 == 0 ? 12 : time.Hour % 12;
}
